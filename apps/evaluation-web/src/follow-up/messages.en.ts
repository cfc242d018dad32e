/** Follow-up plan texts in English, loaded when English is shown (Bahasa Indonesia: ./messages.ts). */
export const FOLLOW_UP_MESSAGES_EN: Record<string, string> = {
  link: 'Follow-up plan',
  'action.status.PLANNED': 'Planned',
  'action.status.IN_PROGRESS': 'In progress',
  'action.status.DONE': 'Done',
  'action.status.DROPPED': 'Dropped',
  'actions.title': 'Actions',
  'col.status': 'Status',
  'list.title': 'Follow-up plans',
  'f01.title': 'Follow-up actions done',
  'f01.item': '{title} (plan on the {year} result, done {date})',
  'rapor.title': 'Follow-up plan progress',
  'rapor.none': 'No accepted follow-up plan for this result yet.',
  'rapor.caption': 'Follow-up actions by status',
  'rapor.percent': '{percent} of actions done (dropped actions not counted).',
};

/** The services asked for the caller's tasks (service-kit's TaskSource[]); tests inject fakes. */
export const TASK_SOURCES = Symbol('TASK_SOURCES');

/** The years an Ombudsman result can have: the first compliance assessment (2015) to this year, newest first. */
export function ombudsmanYears(now: Date = new Date()): number[] {
  const years: number[] = [];
  for (let year = now.getFullYear(); year >= 2015; year -= 1) years.push(year);
  return years;
}

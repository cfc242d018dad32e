export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

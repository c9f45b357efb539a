/**
 * The value of an `<input type="datetime-local">` ("2026-05-08T14:30", the reader's local time).
 * Pure helpers so the URL codec, guards and tests read it the same way.
 */
const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The moment a datetime-local value means, or `null` when it is not a real date and time. */
export function parseDateTimeInput(value: string): Date | null {
  const match = pattern.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hours, minutes);
  const roundTrips =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day && date.getHours() === hours && date.getMinutes() === minutes;
  return roundTrips ? date : null;
}

/** The datetime-local value for a moment, in local time. */
export function formatDateTimeInput(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

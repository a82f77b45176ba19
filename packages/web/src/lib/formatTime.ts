const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per (kind, zone, language): constructing them is the costly part. */
function formatter(
  kind: 'full' | 'clock',
  timeZone: string,
  language: string,
): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}|${language}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      language,
      kind === 'full'
        ? {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            hourCycle: 'h23',
          }
        : {
            timeZone,
            weekday: 'short',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            hourCycle: 'h23',
          },
    );
    formats.set(key, f);
  }
  return f;
}

/** Formats an instant in the viewer's time zone and language, to the second. */
export function formatTime(iso: string | number, timeZone: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return formatter('full', timeZone, language).format(d);
}

/** Short time of day with weekday, for clocks and timelines. */
export function formatClock(iso: string | number, timeZone: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return formatter('clock', timeZone, language).format(d);
}

/** Time zones offered in the switcher: the viewer's own, UTC and the programme's countries. */
export function timeZoneChoices(own: string): string[] {
  const zones = [
    own,
    'UTC',
    'Asia/Tokyo',
    'Asia/Jakarta',
    'Asia/Ho_Chi_Minh',
    'Asia/Manila',
    'Asia/Yangon',
    'Asia/Vientiane',
    'Asia/Phnom_Penh',
  ];
  return [...new Set(zones)];
}

import type { HostTheme } from './host';

/** Dark when a #rrggbb background is closer to black than white (Outlook reports colours, not a flag). */
export function themeFromBackground(color: string | undefined): HostTheme {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!match) return 'light';
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? 'dark' : 'light';
}

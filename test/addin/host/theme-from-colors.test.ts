import { describe, expect, it } from 'vitest';
import { themeFromBackground } from '../../../addin/host/theme-from-colors';

describe('themeFromBackground', () => {
  it.each(['#1f1f1f', '#292929', '#262626', '#000000', '#1F1F1F', '1f1f1f'])(
    'is dark for Outlook’s dark background %s',
    (color) => {
      expect(themeFromBackground(color)).toBe('dark');
    },
  );

  it.each(['#ffffff', '#FFFFFF', '#f3f2f1', '#faf9f8', 'ffffff'])(
    'is light for the light background %s',
    (color) => {
      expect(themeFromBackground(color)).toBe('light');
    },
  );

  it.each([undefined, '', 'black', 'rgb(0, 0, 0)', '#12345', '#1f1f1f1f', '#gggggg', ' #1f1f1f'])(
    'falls back to light for a colour it cannot read: %j',
    (color) => {
      expect(themeFromBackground(color)).toBe('light');
    },
  );
});

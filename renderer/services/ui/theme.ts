import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine was chosen for the interface because it gives accessible primitives (menus, menubar,
 * tabs, tables, inputs with labels and error slots wired to aria attributes), themes with CSS
 * variables — light and dark follow the system with `defaultColorScheme="auto"` — and ships plain
 * CSS with no runtime CSS-in-JS, so it runs under the app's strict Content-Security-Policy with no
 * 'unsafe-eval'.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and blue text on white above 4.5:1 (WCAG AA).
  primaryShade: { light: 8, dark: 8 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  },
});

/** Mantine's default dimmed grey is 3.3:1 on white; these keep secondary text readable (AA). */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: { '--mantine-color-dimmed': current.colors.gray[7] },
  dark: { '--mantine-color-dimmed': current.colors.dark[1] },
});

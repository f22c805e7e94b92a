import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';

export interface ChartTheme {
  readonly text: string;
  readonly grid: string;
  readonly font: string;
  /** One colour per kind of flow, the same in every chart. */
  readonly colors: {
    readonly savings: string;
    readonly runningCosts: string;
    readonly capex: string;
    readonly subsidies: string;
    readonly residual: string;
    readonly workingCapital: string;
    readonly inputVat: string;
    readonly tax: string;
    readonly net: string;
    readonly discounted: string;
    readonly marker: string;
    readonly positive: string;
    readonly negative: string;
    readonly total: string;
  };
}

/** Chart colours from the Mantine palette, light or dark as the page is, contrasting either way. */
export function useChartTheme(): ChartTheme {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  return useMemo(() => {
    const dark = scheme === 'dark';
    const shade = dark ? 4 : 7;
    const c = theme.colors;
    const pick = (name: keyof typeof c) => c[name]?.[shade] ?? '#888';
    return {
      text: dark ? (c.dark?.[0] ?? '#ddd') : (c.gray?.[8] ?? '#333'),
      grid: dark ? 'rgba(255,255,255,0.12)' : 'rgba(0,0,0,0.1)',
      font: theme.fontFamily ?? 'sans-serif',
      colors: {
        savings: pick('teal'),
        runningCosts: pick('orange'),
        capex: pick('red'),
        subsidies: pick('blue'),
        residual: pick('grape'),
        workingCapital: pick('cyan'),
        inputVat: pick('lime'),
        tax: pick('gray'),
        net: dark ? (c.gray?.[2] ?? '#eee') : (c.dark?.[7] ?? '#222'),
        discounted: pick('indigo'),
        marker: pick('yellow'),
        positive: pick('teal'),
        negative: pick('red'),
        total: pick('blue'),
      },
    };
  }, [theme, scheme]);
}

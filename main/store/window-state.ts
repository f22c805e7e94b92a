import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const int = z.number().int().min(-100_000).max(100_000);
const WindowStateSchema = z.object({
  bounds: z.object({ x: int, y: int, width: int.min(1), height: int.min(1) }),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const minimumSize = { width: 900, height: 600 } as const;
export const defaultSize = { width: 1280, height: 800 } as const;

/** Where the window opens: x/y absent means "let the system centre it". */
export interface WindowPlacement {
  x: number | null;
  y: number | null;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Puts the window back where it was, unless that place is no longer on any screen (a monitor was
 * unplugged, the resolution changed): then it opens centred, no larger than the main screen. The
 * title bar must be reachable, so "on screen" means its top strip lies on some work area.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): WindowPlacement {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultSize };
  const fit = (width: number, height: number) => ({
    width: Math.max(Math.min(width, primary.width), Math.min(minimumSize.width, primary.width)),
    height: Math.max(
      Math.min(height, primary.height),
      Math.min(minimumSize.height, primary.height),
    ),
  });
  if (!saved)
    return {
      x: null,
      y: null,
      ...fit(defaultSize.width, defaultSize.height),
      maximized: false,
      fullScreen: false,
    };

  const { bounds } = saved;
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: 40 };
  const home = workAreas.find(
    (area) => overlap(titleBar, area) >= Math.min(100, bounds.width) * 40,
  );
  const modes = { maximized: saved.maximized, fullScreen: saved.fullScreen };
  if (!home) return { x: null, y: null, ...fit(bounds.width, bounds.height), ...modes };
  return {
    x: bounds.x,
    y: bounds.y,
    width: Math.max(Math.min(bounds.width, home.width), Math.min(minimumSize.width, home.width)),
    height: Math.max(
      Math.min(bounds.height, home.height),
      Math.min(minimumSize.height, home.height),
    ),
    ...modes,
  };
}

export class WindowStateStore {
  constructor(private readonly file: string) {}

  async load(): Promise<WindowState | null> {
    const parsed = WindowStateSchema.safeParse(await readJsonFile(this.file));
    return parsed.success ? parsed.data : null;
  }

  save(state: WindowState): Promise<void> {
    return writeJsonFile(this.file, WindowStateSchema.parse(state));
  }
}

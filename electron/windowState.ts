import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export type Rectangle = { x: number; y: number; width: number; height: number };

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_SIZE = { width: 1366, height: 860 };

const overlapArea = (a: Rectangle, b: Rectangle): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * The saved bounds if at least a quarter of the window is still on some display (a monitor may have been
 * unplugged or a projector removed since), otherwise the default size centred by the OS.
 */
export const restoreBounds = (
  saved: WindowState | null,
  workAreas: Rectangle[],
): { bounds: Partial<Rectangle> & { width: number; height: number }; maximized: boolean } => {
  if (!saved) return { bounds: DEFAULT_SIZE, maximized: true };
  const visible = workAreas.some((area) => overlapArea(saved, area) >= (saved.width * saved.height) / 4);
  if (!visible) return { bounds: DEFAULT_SIZE, maximized: saved.maximized };
  const { x, y, width, height } = saved;
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
};

/** Reads <userData>/window-state.json; anything missing or malformed counts as "no saved state". */
export const loadWindowState = (directory: string): WindowState | null => {
  try {
    const parsed = windowStateSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(directory, 'window-state.json'), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export const saveWindowState = (directory: string, state: WindowState): void => {
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(path.join(directory, 'window-state.json'), JSON.stringify(state), 'utf8');
};

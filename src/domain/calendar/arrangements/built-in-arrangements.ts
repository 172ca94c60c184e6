import type { YearArrangement } from '../year-arrangement.ts';
import { arrangement2019 } from './2019.ts';
import { arrangement2020 } from './2020.ts';
import { arrangement2021 } from './2021.ts';
import { arrangement2022 } from './2022.ts';
import { arrangement2023 } from './2023.ts';
import { arrangement2024 } from './2024.ts';
import { arrangement2025 } from './2025.ts';
import { arrangement2026 } from './2026.ts';

/**
 * The official arrangements shipped with Gongkai, one file per year, each naming its source
 * notice. Years added later by an administrator come from the database and are passed to
 * `buildCalendar` together with these.
 */
export const builtInArrangements: readonly YearArrangement[] = [
  arrangement2019,
  arrangement2020,
  arrangement2021,
  arrangement2022,
  arrangement2023,
  arrangement2024,
  arrangement2025,
  arrangement2026,
];

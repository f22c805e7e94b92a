/*
 * The 0/1 knapsack on whole numbers: costs in budget units, values in objective units, every sum
 * below 2^53 (the caller checks), so float64 adds them exactly and ties are real ties.
 *
 * Items are considered in one order — value per unit of cost, highest first, equal ratios in the
 * caller's order (the ranking) — and every solver returns, among the selections with the best
 * total, the one that is first in that order (lexicographically greatest take-vector): dynamic
 * programming by preferring to take an item on a tie, branch and bound because it searches
 * include-first in that order and only replaces its incumbent when strictly better.
 */

export interface KnapsackItem {
  /** A whole number ≥ 1. */
  readonly cost: number;
  /** A whole number ≥ 1. */
  readonly value: number;
}

export interface KnapsackSolution {
  /** By item index (the caller's indices, not the search order). */
  readonly take: readonly boolean[];
  readonly value: number;
  readonly cost: number;
  /** False when the search stopped at its node limit: the best selection found so far. */
  readonly optimal: boolean;
}

/** Value per cost, highest first; ties by index. Cross-multiplied in BigInt, so exact. */
export function ratioOrder(items: readonly KnapsackItem[]): number[] {
  return items
    .map((_, index) => index)
    .sort((i, j) => {
      const a = items[i] as KnapsackItem;
      const b = items[j] as KnapsackItem;
      const left = BigInt(a.value) * BigInt(b.cost);
      const right = BigInt(b.value) * BigInt(a.cost);
      return left > right ? -1 : left < right ? 1 : i - j;
    });
}

function solution(
  items: readonly KnapsackItem[],
  chosen: Iterable<number>,
  optimal: boolean,
): KnapsackSolution {
  const take = items.map(() => false);
  let value = 0;
  let cost = 0;
  for (const index of chosen) {
    take[index] = true;
    value += (items[index] as KnapsackItem).value;
    cost += (items[index] as KnapsackItem).cost;
  }
  return { take, value, cost, optimal };
}

/** Cells (items × (capacity + 1)) the dynamic programme needs. */
export function dpCells(itemCount: number, capacity: number): number {
  return itemCount * (capacity + 1);
}

/**
 * The dynamic programme, exact in O(items × capacity) time and one bit per cell. The table is
 * filled from the last item in the order to the first, so reading it forwards from any room
 * 0 … capacity gives the best selection for that budget, preferring each item in turn on a tie.
 */
export function knapsackTable(
  items: readonly KnapsackItem[],
  capacity: number,
): (room: number) => KnapsackSolution {
  const order = ratioOrder(items);
  const width = capacity + 1;
  const best = new Float64Array(width);
  const takes = new Uint32Array(Math.ceil((order.length * width) / 32));
  for (let position = order.length - 1; position >= 0; position -= 1) {
    const { cost, value } = items[order[position] as number] as KnapsackItem;
    const row = position * width;
    for (let room = capacity; room >= cost; room -= 1) {
      const taken = (best[room - cost] as number) + value;
      if (taken >= (best[room] as number)) {
        best[room] = taken;
        const cell = row + room;
        takes[cell >>> 5] = (takes[cell >>> 5] as number) | (1 << (cell & 31));
      }
    }
  }
  return (budget) => {
    const chosen: number[] = [];
    let room = Math.min(budget, capacity);
    order.forEach((index, position) => {
      const cell = position * width + room;
      if (((takes[cell >>> 5] as number) >>> (cell & 31)) & 1) {
        chosen.push(index);
        room -= (items[index] as KnapsackItem).cost;
      }
    });
    return solution(items, chosen, true);
  };
}

export function solveByDynamicProgramming(
  items: readonly KnapsackItem[],
  capacity: number,
): KnapsackSolution {
  return knapsackTable(items, capacity)(capacity);
}

interface Sorted {
  readonly order: number[];
  readonly costs: Float64Array;
  readonly values: Float64Array;
  /** prefixCost[k] = Σ costs of the first k items in the order. */
  readonly prefixCost: Float64Array;
  readonly prefixValue: Float64Array;
}

function sorted(items: readonly KnapsackItem[]): Sorted {
  const order = ratioOrder(items);
  const n = order.length;
  const costs = new Float64Array(n);
  const values = new Float64Array(n);
  const prefixCost = new Float64Array(n + 1);
  const prefixValue = new Float64Array(n + 1);
  order.forEach((index, position) => {
    const item = items[index] as KnapsackItem;
    costs[position] = item.cost;
    values[position] = item.value;
    prefixCost[position + 1] = (prefixCost[position] as number) + item.cost;
    prefixValue[position + 1] = (prefixValue[position] as number) + item.value;
  });
  return { order, costs, values, prefixCost, prefixValue };
}

/**
 * Dantzig's bound: the linear relaxation of items from `from` on, filled by ratio with the last
 * one fractional. No selection of those items in `room` is worth more.
 */
function relaxation(s: Sorted, from: number, room: number): number {
  const n = s.order.length;
  const base = s.prefixCost[from] as number;
  let low = from;
  let high = n;
  // The largest k with Σ costs[from, k) ≤ room.
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((s.prefixCost[middle] as number) - base <= room) low = middle;
    else high = middle - 1;
  }
  const whole = (s.prefixValue[low] as number) - (s.prefixValue[from] as number);
  if (low >= n) return whole;
  const left = room - ((s.prefixCost[low] as number) - base);
  return whole + (left * (s.values[low] as number)) / (s.costs[low] as number);
}

/**
 * Upper bounds on the best total. `linear`: the linear relaxation, which allows any fraction of
 * every item (so it also bounds selections with a partial award). `zeroOne`: Martello and Toth's
 * bound for whole items, the larger of the relaxations with the critical item (the first that no
 * longer fits by ratio) left out and put in; never above `linear`, often far below it.
 */
export function upperBounds(
  items: readonly KnapsackItem[],
  capacity: number,
): { readonly linear: number; readonly zeroOne: number } {
  const s = sorted(items);
  const n = s.order.length;
  const linear = relaxation(s, 0, capacity);
  let critical = 0;
  while (critical < n && (s.prefixCost[critical + 1] as number) <= capacity) critical += 1;
  if (critical >= n) return { linear, zeroOne: linear };
  const before = s.prefixValue[critical] as number;
  const room = capacity - (s.prefixCost[critical] as number);
  const without = before + relaxation(s, critical + 1, room);
  // With it, the room it lacks comes out of the items before it, at best at the lowest ratio among them.
  const lacking = (s.costs[critical] as number) - room;
  const withIt =
    critical === 0
      ? -Infinity
      : before +
        (s.values[critical] as number) -
        (lacking * (s.values[critical - 1] as number)) / (s.costs[critical - 1] as number);
  return { linear, zeroOne: Math.min(linear, Math.max(without, withIt)) };
}

/**
 * Exact unless it visits more than `maxNodes` nodes; then the best selection found, which is never
 * worse than the greedy one (the first leaf it reaches).
 */
export function solveByBranchAndBound(
  items: readonly KnapsackItem[],
  capacity: number,
  maxNodes: number,
): KnapsackSolution {
  const s = sorted(items);
  const n = s.order.length;
  const current = new Uint8Array(n);
  let best = -1;
  let bestTake: Uint8Array = current.slice();
  let nodes = 0;
  let stopped = false;

  const record = (value: number) => {
    if (value > best) {
      best = value;
      bestTake = current.slice();
    }
  };

  const visit = (position: number, value: number, room: number): void => {
    if (stopped) return;
    nodes += 1;
    if (nodes > maxNodes) {
      stopped = true;
      return;
    }
    if (position === n) {
      record(value);
      return;
    }
    // Everything left fits: taking it all is the best and first completion here.
    if ((s.prefixCost[n] as number) - (s.prefixCost[position] as number) <= room) {
      current.fill(1, position);
      record(value + (s.prefixValue[n] as number) - (s.prefixValue[position] as number));
      current.fill(0, position);
      return;
    }
    // Totals are whole numbers: a subtree whose bound is below best + 1 cannot improve on best.
    const bound = value + relaxation(s, position, room);
    if (Math.floor(bound + bound * 1e-12 + 1e-9) <= best) return;
    const cost = s.costs[position] as number;
    if (cost <= room) {
      current[position] = 1;
      visit(position + 1, value + (s.values[position] as number), room - cost);
      current[position] = 0;
    }
    visit(position + 1, value, room);
  };

  visit(0, 0, capacity);
  const chosen: number[] = [];
  bestTake.forEach((taken, position) => {
    if (taken) chosen.push(s.order[position] as number);
  });
  return solution(items, chosen, !stopped);
}

/**
 * The greedy ratio heuristic: take items by value per cost while they fit; if the single most
 * valuable item that fits is worth more, that alone (which bounds its loss to half the optimum).
 */
export function solveGreedily(items: readonly KnapsackItem[], capacity: number): KnapsackSolution {
  const order = ratioOrder(items);
  const chosen: number[] = [];
  let room = capacity;
  let value = 0;
  for (const index of order) {
    const item = items[index] as KnapsackItem;
    if (item.cost <= room) {
      chosen.push(index);
      room -= item.cost;
      value += item.value;
    }
  }
  let single = -1;
  for (const index of order) {
    const item = items[index] as KnapsackItem;
    if (item.cost <= capacity && (single < 0 || item.value > (items[single] as KnapsackItem).value))
      single = index;
  }
  if (single >= 0 && (items[single] as KnapsackItem).value > value)
    return solution(items, [single], false);
  return solution(items, chosen, false);
}

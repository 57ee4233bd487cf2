import { MAIN_TASK, type TaskInfo } from '../protocol/trace.ts';
import { shortReprs } from './short-reprs.ts';
import type { Lane } from './types.ts';

/**
 * Orders lanes the way a reader follows a program: the main program on top, then
 * each task directly under the task that created it (depth-first, in creation order),
 * then worker threads at the bottom, where they read as "off the loop".
 */
export function layoutLanes(tasks: readonly TaskInfo[]): Lane[] {
  // The engine lists tasks in creation order already: check before sorting 50,000 of them.
  const byCreation = isInCreationOrder(tasks) ? tasks : [...tasks].sort(byCreationOrder);
  const loopTasks = byCreation.filter((t) => t.kind !== 'thread');
  const threads = byCreation.filter((t) => t.kind === 'thread');
  const known = new Set(loopTasks.map((t) => t.id));
  const root = rootOf(loopTasks);

  const children = new Map<number | null, TaskInfo[]>();
  for (const task of loopTasks) {
    // An unknown or missing parent hangs the task under the main program (or the root).
    const parent = task.id === MAIN_TASK ? null : task.parent !== null && known.has(task.parent) ? task.parent : root;
    const list = children.get(parent);
    if (list) list.push(task);
    else children.set(parent, [task]);
  }

  const lanes: Lane[] = [];
  const seen = new Set<number>();
  // Iterative DFS: 10,000 tasks nested deeply must not overflow the JS stack.
  const stack: TaskInfo[] = [];
  const depths: number[] = [];
  const roots = children.get(null) ?? [];
  for (let i = roots.length - 1; i >= 0; i--) {
    stack.push(roots[i]!);
    depths.push(0);
  }
  while (stack.length > 0) {
    const task = stack.pop()!;
    const depth = depths.pop()!;
    if (seen.has(task.id)) continue;
    seen.add(task.id);
    lanes.push(toLane(task, lanes.length, depth));
    const kids = children.get(task.id);
    if (!kids) continue;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]!);
      depths.push(depth + 1);
    }
  }
  // Tasks in a parent cycle (malformed trace) still get a lane.
  for (const task of loopTasks) if (!seen.has(task.id)) lanes.push(toLane(task, lanes.length, 1));
  for (const thread of threads) lanes.push(toLane(thread, lanes.length, 0));
  return lanes;
}

const byCreationOrder = (a: TaskInfo, b: TaskInfo) => a.created - b.created || a.id - b.id;

function isInCreationOrder(tasks: readonly TaskInfo[]): boolean {
  for (let i = 1; i < tasks.length; i++) if (byCreationOrder(tasks[i - 1]!, tasks[i]!) > 0) return false;
  return true;
}

function rootOf(tasks: readonly TaskInfo[]): number | null {
  return tasks.some((t) => t.id === MAIN_TASK) ? MAIN_TASK : null;
}

function toLane(task: TaskInfo, row: number, depth: number): Lane {
  return {
    task: task.id,
    row,
    kind: task.kind,
    name: task.name,
    coroutine: task.coroutine,
    args: task.args,
    createdLine: task.createdLine,
    depth,
    parent: task.parent,
    state: task.state,
  };
}

/** "fetch_data('url1')" for tasks, "" for main and threads: the coroutine as the code calls it. */
export function coroutineLabel(lane: Pick<Lane, 'coroutine'> & { args?: string }): string {
  return lane.coroutine ? `${lane.coroutine}(${shortReprs(lane.args ?? '')})` : '';
}

/**
 * Arguments as a lane shows them, with object reprs cut to their class: the runtime
 * records "<asyncio.locks.Semaphore obje…" (reprs clipped at 30 characters), which says
 * less than "<Semaphore>" in more space. Everything else is left as the code wrote it.
 */
const OBJECT_REPR = /<(?:\w+\.)*(\w+)(?: object| obj\w*…| at 0x)[^,)]*/g;

export function shortReprs(args: string): string {
  return args.replace(OBJECT_REPR, '<$1>');
}

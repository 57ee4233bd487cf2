/** The runtime's Python files as text, bundled by Vite (Python stays Python in the repo). */
const modules = import.meta.glob(['./python/**/*.py', '!./python/**/tests/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const pythonSources: Record<string, string> = Object.fromEntries(
  Object.entries(modules).map(([path, text]) => [path.replace(/^\.\/python\//, ''), text]),
);

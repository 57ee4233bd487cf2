// Lint, plus the one-way data flow as a rule: runtime → protocol → model → store → views.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const UI = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'No React below the views.' },
  { group: ['zustand', 'zustand/*'], message: 'No store below the store.' },
  { group: ['**/views/**', '**/app/**', '**/store/**'], message: 'Data flows one way: this layer cannot reach the UI.' },
];

/** Pure drawing (timeline renderers, painters, the export picture): must run without a DOM. */
const DRAWING = [
  'src/views/timeline/render-!(axis).ts', 'src/views/timeline/frame.ts', 'src/views/timeline/geometry.ts', 'src/views/timeline/axis-ticks.ts',
  'src/views/timeline/text-fit.ts', 'src/views/timeline/paint/!(canvas-painter).ts', 'src/views/export/picture-layout.ts',
  'src/views/export/render-picture*.ts', 'src/views/export/timeline-svg.ts',
];
const DOM_GLOBALS = ['document', 'window', 'navigator', 'location', 'devicePixelRatio', 'requestAnimationFrame', 'getComputedStyle', 'Image', 'OffscreenCanvas', 'DOMMatrix'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e-artifacts/**', '**/*.py'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { files: ['src/protocol/**'], rules: restrict([...UI, { group: ['**/runtime/**', '**/runner/**', '**/model/**'], message: 'The protocol depends on nothing.' }]) },
  { files: ['src/model/**'], rules: restrict([...UI, { group: ['**/runtime/**', '**/runner/**'], message: 'The model is pure: it reads traces, not runtimes.' }, { group: ['d3', 'd3-*'], message: 'No drawing in the model.' }]) },
  { files: ['src/runtime/**', 'src/runner/**', 'src/cli/**', 'src/share/**', 'src/export/**'], rules: restrict(UI) },
  { files: ['src/views/**'], rules: restrict([{ group: ['**/runtime/**'], message: 'Views talk to the runner through the store, never to the runtime.' }]) },
  // `loopscope run --svg` draws with the app's own timeline renderer: that one DOM-free entry, nothing else of the UI.
  {
    files: ['src/cli/**'],
    rules: restrict([UI[0], UI[1], { regex: '/(app|store)/|/views/(?!export/timeline-svg\\.ts$)', message: 'The CLI may use the UI only through views/export/timeline-svg.ts.' }]),
  },
  // The drawing code runs in Node for the CLI's SVG: it draws through a Painter and never reaches for the DOM.
  {
    files: DRAWING,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'Drawing code runs in Node too (loopscope run --svg): draw through the Painter, no DOM.' }))],
      ...restrict([
        UI[0],
        UI[1],
        { group: ['**/store/**', '**/app/**'], allowTypeImports: true, message: 'Renderers take a frame; they never read the store.' },
        { group: ['**/canvas-painter*', '**/runtime/**'], message: 'Drawing code draws through the Painter interface.' },
      ]),
    },
  },
);

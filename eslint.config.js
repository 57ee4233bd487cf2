// Lint, plus the one-way data flow as a rule: runtime → protocol → model → store → views.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const UI = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'No React below the views.' },
  { group: ['zustand', 'zustand/*'], message: 'No store below the store.' },
  { group: ['**/views/**', '**/app/**', '**/store/**'], message: 'Data flows one way: this layer cannot reach the UI.' },
];

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
);

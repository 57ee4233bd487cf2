/**
 * Monaco from our own bundle, never a CDN: the core editor, Python highlighting, and
 * the handful of editor features a learner uses. Importing all of monaco-editor would
 * add a 6.9 MB TypeScript worker we never need. This module is only reached through
 * React.lazy, so the page shell paints before any of it loads.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/python/register';
import { DARK, LIGHT, type Palette } from '../theme/palette.ts';

globalThis.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

function defineTheme(name: string, base: 'vs' | 'vs-dark', p: Palette): void {
  monaco.editor.defineTheme(name, {
    base,
    inherit: true,
    rules: [],
    colors: {
      'editor.background': p.surface,
      'editorGutter.background': p.surface,
      'editor.lineHighlightBackground': p.surfaceAlt,
      'editor.lineHighlightBorder': '#00000000',
      'editorLineNumber.foreground': p.textMuted,
      'editorLineNumber.activeForeground': p.text,
      'editorWidget.background': p.surface,
      'editorWidget.border': p.border,
      'editorHoverWidget.background': p.surface,
      'editorHoverWidget.border': p.border,
      focusBorder: p.focus,
    },
  });
}

defineTheme('loopscope-light', 'vs', LIGHT);
defineTheme('loopscope-dark', 'vs-dark', DARK);

export { monaco };

/**
 * Transport icons as inline SVG: media glyphs (⏮ ⏭) render as colour emoji on some
 * systems and as nothing on others; these look the same everywhere and take currentColor.
 */
const box = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true } as const;

export const PlayIcon = () => <svg {...box}><path d="M4 2.5v11l9-5.5z" fill="currentColor" /></svg>;
export const PauseIcon = () => <svg {...box}><path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor" /></svg>;
export const StepForwardIcon = () => <svg {...box}><path d="M3 3v10l7-5z M11 3h2v10h-2z" fill="currentColor" /></svg>;
export const StepBackIcon = () => <svg {...box}><path d="M13 3v10L6 8z M3 3h2v10H3z" fill="currentColor" /></svg>;
export const ToStartIcon = () => <svg {...box}><path d="M2 3h2v10H2z M9 3v10L4.5 8z M14.5 3v10L10 8z" fill="currentColor" /></svg>;
export const ToEndIcon = () => <svg {...box}><path d="M12 3h2v10h-2z M7 3v10l4.5-5z M1.5 3v10L6 8z" fill="currentColor" /></svg>;

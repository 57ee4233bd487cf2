// The unit-test config plus scripts/dev/capture-runs.setup.ts (see there).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

export default mergeConfig(base, defineConfig({ test: { setupFiles: ['scripts/dev/capture-runs.setup.ts'] } }));

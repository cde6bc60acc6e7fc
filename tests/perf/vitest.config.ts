import { defineConfig } from 'vitest/config';

// The manual measurements in tests/perf (never part of `vitest run`'s unit suite).
export default defineConfig({ test: { include: ['tests/perf/**/*.test.ts'], environment: 'node', testTimeout: 3_600_000 } });

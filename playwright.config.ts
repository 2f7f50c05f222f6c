import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/harness/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    // Reviewed references live beside the specs; a few pixels of antialiasing may differ.
    toHaveScreenshot: { maxDiffPixels: 100, animations: 'disabled', caret: 'hide' },
  },
  snapshotPathTemplate: 'tests/e2e/__screenshots__/{testFileName}/{arg}{ext}',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  globalSetup: './tests/e2e/harness/globalSetup.ts',
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'app', testIgnore: /npm-start-chromium\.spec\.ts/ },
    // `npm start` builds dist/ again before it opens the window: it runs after every other spec,
    // which read the built renderer (a rebuild under them once served a half-written folder).
    { name: 'npm start', testMatch: /npm-start-chromium\.spec\.ts/, dependencies: ['app'] },
  ],
});

// Vite's build mode (`wxt build --mode e2e` → 'e2e', store builds 'production', vitest 'test'); WXT's generated
// ImportMetaEnv types only its own keys. Used for the test-only hooks (utils/content/feature-manager.ts).
interface ImportMetaEnv {
  readonly MODE: string;
}

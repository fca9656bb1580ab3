// Lint: typescript-eslint's recommended rules plus the few house rules that keep page text from ever
// becoming HTML (page-derived strings are hostile).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**', 'bench-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text is hostile: build DOM nodes or let Preact render text.' },
        { property: 'outerHTML', message: 'Page text is hostile: never build HTML from strings.' },
        { property: 'insertAdjacentHTML', message: 'Page text is hostile: never build HTML from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text.' },
      ],
    },
  },
  {
    // Tests, tools and fixtures may build fixture DOMs from HTML strings; product code may not.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);

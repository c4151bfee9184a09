import {defineConfig} from 'vite'

// `npm run playground` serves this folder; `npm run playground:build` writes playground/dist.
export default defineConfig({
  base: './',
  build: {outDir: 'dist', emptyOutDir: true}
})

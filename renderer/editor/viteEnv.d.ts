/// <reference types="vite/client" />
// Types Vite's `?url` imports (the elk layout worker) for tsc.

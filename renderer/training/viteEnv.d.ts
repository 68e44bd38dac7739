/// <reference types="vite/client" />
// The panels import their stylesheet; Vite bundles it (this types the import for tsc).

declare module 'virtual:harness-digits' {
  /** Four real MNIST digits per class, uint8 base64 (served by serve.ts). */
  export const samples: { label: number; index: number; pixels: string }[];
}

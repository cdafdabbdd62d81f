/** Part of the `messages` namespace (key `vendor`): see messages.ts. */
export const vendor = {} as const;

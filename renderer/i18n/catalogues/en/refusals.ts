/** Part of the `messages` namespace (key `refused`): see messages.ts. */
export const refused = {} as const;

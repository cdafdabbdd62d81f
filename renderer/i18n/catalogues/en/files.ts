/** Part of the `messages` namespace (key `file`): what an imported file or one of its cells came to (shared/import). */
export const file = {} as const;

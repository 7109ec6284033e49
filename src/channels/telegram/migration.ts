/** Called when a group becomes a supergroup, so its class binding follows the new chat id. */
export type GroupMigratedHook = (fromChatId: string, toChatId: string) => Promise<void>;

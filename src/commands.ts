import type { CommandHandler } from "./engine/engine.js";
import { coordinatorCommands } from "./coordinator/handler.js";
import { coordinatorChatTools } from "./coordinator/chatTools.js";
import { broadcastCommands } from "./broadcast/commands.js";

/** Chat commands tried before the registration conversation (coordinator tools, broadcasts). Order matters: first match wins. */
export const commandHandlers: CommandHandler[] = [coordinatorChatTools, coordinatorCommands, broadcastCommands];

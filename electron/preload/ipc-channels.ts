/**
 * The names both sides of the Electron bridge agree on. The preload may only require 'electron',
 * so this module must stay free of imports: esbuild inlines it into both bundles.
 */
export const BRIDGE_KEY = 'retrofit';
export const CALL_CHANNEL = 'retrofit:call';
export const EVENT_CHANNEL = 'retrofit:event';
export const CHOOSE_OPEN_CHANNEL = 'retrofit:choose-open';
export const CHOOSE_SAVE_CHANNEL = 'retrofit:choose-save';
export const UPLOAD_CHANNEL = 'retrofit:upload';
export const SHELL_COMMAND_CHANNEL = 'retrofit:shell-command';

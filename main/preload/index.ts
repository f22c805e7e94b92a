import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { createHostBridge } from './host-bridge';

// No eval here either: zod would probe for it with `new Function`, which a CSP reports.
z.config({ jitless: true });

// The page gets the typed Host and nothing else; ipcRenderer itself never crosses the bridge.
contextBridge.exposeInMainWorld('yardstick', createHostBridge(ipcRenderer));

import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('yardstick', {});

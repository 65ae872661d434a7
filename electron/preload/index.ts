// Placeholder: the preload is being written (see electron/preload).
export {};

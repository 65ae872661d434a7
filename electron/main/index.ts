// Placeholder: the main-process shell is being written (see electron/main).
export {};

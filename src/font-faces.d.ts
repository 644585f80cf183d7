// Font stylesheets imported with `?faces=first` or `?faces=rest` (the split-font-faces plugin in vite.config.ts).
declare module '*.css?faces=first';
declare module '*.css?faces=rest';

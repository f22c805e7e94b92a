/**
 * PostCSS for the renderer's CSS modules: Mantine's preset gives `rem()`, `light-dark()` and the
 * `@mixin dark/light/hover` helpers, so component styles follow the colour scheme with plain CSS
 * variables and no runtime CSS-in-JS (which a strict Content-Security-Policy would also forbid).
 */
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};

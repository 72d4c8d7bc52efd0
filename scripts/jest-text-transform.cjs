// Jest transform for data files that the esbuild bundle loads as text (`loader: { '.yml': 'text' }`).
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};

#!/usr/bin/env node
// The `gongkai` command. The sources are TypeScript run through tsx, so a fresh clone needs no build.
import { register } from 'tsx/esm/api';

process.env.TZ ??= 'Asia/Shanghai';
register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);

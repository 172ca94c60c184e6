import type { Command } from 'commander';

const translations: Array<[RegExp, string]> = [
  [/error: missing required argument '(.+?)'/, '错误：缺少参数 $1'],
  [/error: option '(.+?)' argument missing/, '错误：选项 $1 缺少取值'],
  [/error: unknown option '(.+?)'/, '错误：未知选项 $1'],
  [/error: too many arguments.*/, '错误：参数过多'],
  [/error: unknown command '(.+?)'/, '错误：未知命令 $1'],
];

/** Commander's argument errors in Chinese; call on a command before adding its subcommands (they inherit it). */
export function useChineseCommanderMessages(command: Command): Command {
  return command.configureOutput({
    outputError: (text, write) => {
      write(
        translations.reduce((message, [pattern, replacement]) => message.replace(pattern, replacement), text),
      );
    },
  });
}

/**
 * Lines that belong to the page around a report, not to the report: site navigation, footers,
 * share buttons, page numbers of a converted PDF, advertisements a mirror site added.
 */
const boilerplatePatterns: readonly RegExp[] = [
  /^(首页|当前位置|您当前的位置|您现在的位置|您的位置|所在位置)/,
  /(版权所有|主办单位|承办单位|技术支持|ICP备|ICP证|公网安备|网站标识码|网站地图|联系我们|隐私声明|Copyright|©)/i,
  /^[【[]?(打印本页|打印|关闭窗口|关闭|收藏|分享到?|扫一扫|字号|字体)[】\]]?/,
  /^(上一篇|下一篇|相关链接|相关阅读|相关文章|责任编辑|信息来源|来源|发布时间|发布日期|浏览次数|访问量|点击数|阅读数)[:：]?/,
  /https?:\/\/|www\.[a-z0-9-]+\./i,
  /^(免费|加微信|加V|代写|代办|推广|广告|热门推荐|猜你喜欢|点击进入|立即咨询|扫码)/,
  /^第\s*\d+\s*页[，,]?\s*共\s*\d+\s*页$/,
  /^[-—－]\s*\d+\s*[-—－]$/,
];

export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && boilerplatePatterns.some((pattern) => pattern.test(trimmed));
}

/** Word lists for the synthetic demo. Every name is invented from common characters. */

/** Chinese numerals for ordinal names (第一村民小组, 一号路). Index 0 is unused. */
export const CN_NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

export const cnOrdinal = (n: number): string => CN_NUMERALS[n] ?? String(n);

/** Common surnames of south-west Shandong, used for in-married spouses and non-lineage households. */
export const COMMON_SURNAMES = [
  '李', '张', '刘', '陈', '赵', '孙', '周', '吴', '郭', '朱', '马', '杨', '徐', '胡', '高', '何',
  '田', '时', '秦', '魏', '宋', '崔', '孟', '于', '袁', '曹', '蔡', '葛', '侯', '常', '程', '黄',
];

/** Given names by era of birth (before 1965, 1965–1984, 1985 on), as the fashions changed. */
export const GIVEN_NAMES: Record<'male' | 'female', readonly (readonly string[])[]> = {
  male: [
    ['建国', '国庆', '文明', '德胜', '长林', '振华', '玉山', '洪亮', '广志', '庆云', '守忠', '保全', '金贵', '秀峰', '德山', '传礼', '连生', '富贵'],
    ['海军', '建伟', '志强', '永刚', '红军', '立新', '卫东', '明亮', '新华', '振东', '学军', '春雷', '传磊', '庆华', '兆明', '继承', '成龙', '国强'],
    ['浩', '磊', '鹏', '超', '宇航', '子轩', '浩然', '俊杰', '一鸣', '博文', '晨阳', '梓豪', '家乐', '帅', '凯', '文博', '嘉豪', '雨泽'],
  ],
  female: [
    ['秀英', '桂兰', '玉兰', '淑珍', '凤英', '秀兰', '翠花', '桂芝', '素梅', '玉梅', '兰英', '月英', '秀云', '玉珍', '凤兰', '桂荣'],
    ['丽', '红梅', '春燕', '海燕', '丽娟', '晓红', '艳', '静', '俊霞', '爱华', '芳', '巧玲', '秀丽', '玉霞', '美玲', '红霞'],
    ['欣怡', '雨涵', '梓涵', '思雨', '佳怡', '诗琪', '婷', '雪', '悦', '可馨', '子涵', '梦瑶', '一诺', '雨欣', '佳琪', '若曦'],
  ],
};

/** Traditional field names (地块名称) of the North China plain. */
export const FIELD_NAMES = [
  '东大地', '西大地', '南大地', '北大地', '南洼', '北洼', '东洼', '西洼', '北坡地', '老坟地',
  '大井地', '东井地', '河沿地', '沟南地', '沟北地', '路东地', '路西地', '柳树行', '枣树行', '二亩地',
  '三角地', '长条地', '场院地', '窑场地', '新开地', '庙后地', '杨树林', '碱场地', '沙岗地', '老庄地',
];

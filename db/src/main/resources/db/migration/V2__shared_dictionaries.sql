-- Dictionary seed data.
-- Divisions: GB/T 2260 codes of Chongqing municipality (重庆市) down to county level, the area of
-- seed 001 (长寿区, 500115). Level 1 = province-level, 2 = grouping (市辖区 / 县), 3 = county-level.
INSERT INTO shr_division (code, name, parent_code, level_no) VALUES
('500000', '重庆市', NULL, 1),
('500100', '市辖区', '500000', 2),
('500200', '县', '500000', 2),
('500101', '万州区', '500100', 3),
('500102', '涪陵区', '500100', 3),
('500103', '渝中区', '500100', 3),
('500104', '大渡口区', '500100', 3),
('500105', '江北区', '500100', 3),
('500106', '沙坪坝区', '500100', 3),
('500107', '九龙坡区', '500100', 3),
('500108', '南岸区', '500100', 3),
('500109', '北碚区', '500100', 3),
('500110', '綦江区', '500100', 3),
('500111', '大足区', '500100', 3),
('500112', '渝北区', '500100', 3),
('500113', '巴南区', '500100', 3),
('500114', '黔江区', '500100', 3),
('500115', '长寿区', '500100', 3),
('500116', '江津区', '500100', 3),
('500117', '合川区', '500100', 3),
('500118', '永川区', '500100', 3),
('500119', '南川区', '500100', 3),
('500120', '璧山区', '500100', 3),
('500151', '铜梁区', '500100', 3),
('500152', '潼南区', '500100', 3),
('500153', '荣昌区', '500100', 3),
('500154', '开州区', '500100', 3),
('500155', '梁平区', '500100', 3),
('500156', '武隆区', '500100', 3),
('500229', '城口县', '500200', 3),
('500230', '丰都县', '500200', 3),
('500231', '垫江县', '500200', 3),
('500233', '忠县', '500200', 3),
('500235', '云阳县', '500200', 3),
('500236', '奉节县', '500200', 3),
('500237', '巫山县', '500200', 3),
('500238', '巫溪县', '500200', 3),
('500240', '石柱土家族自治县', '500200', 3),
('500241', '秀山土家族苗族自治县', '500200', 3),
('500242', '酉阳土家族苗族自治县', '500200', 3),
('500243', '彭水苗族土家族自治县', '500200', 3);

-- 执法类别
INSERT INTO shr_enforcement_category (code, name, name_en) VALUES
('MARKET_REGULATION', '市场监管', 'Market regulation'),
('URBAN_MANAGEMENT', '城市管理', 'Urban management'),
('ECOLOGY_ENVIRONMENT', '生态环境', 'Ecology and environment'),
('TRANSPORT', '交通运输', 'Transport'),
('CULTURE_TOURISM', '文化市场', 'Culture and tourism market'),
('AGRICULTURE', '农业农村', 'Agriculture and rural affairs'),
('EMERGENCY_SAFETY', '应急管理', 'Emergency management and work safety'),
('NATURAL_RESOURCES', '自然资源', 'Natural resources'),
('HEALTH', '卫生健康', 'Health'),
('COMPREHENSIVE', '综合行政执法', 'Comprehensive administrative enforcement');

-- Agencies: code = the area code + a three-digit serial.
INSERT INTO shr_agency (code, name, name_en, parent_code, area_code) VALUES
('500000001', '重庆市司法局', 'Chongqing Municipal Bureau of Justice', NULL, '500000'),
('500000002', '重庆市市场监督管理局', 'Chongqing Administration for Market Regulation', NULL, '500000'),
('500115001', '重庆市长寿区司法局', 'Changshou District Bureau of Justice', '500000001', '500115'),
('500115002', '重庆市长寿区市场监督管理局', 'Changshou District Administration for Market Regulation', '500000002', '500115'),
('500115003', '重庆市长寿区城市管理局', 'Changshou District Urban Management Bureau', NULL, '500115'),
('500115004', '重庆市长寿区生态环境局', 'Changshou District Ecology and Environment Bureau', NULL, '500115'),
('500115005', '重庆市长寿区交通运输综合行政执法支队', 'Changshou District Transport Enforcement Detachment', NULL, '500115'),
('500115006', '重庆市长寿区文化市场综合行政执法支队', 'Changshou District Culture Market Enforcement Detachment', NULL, '500115'),
('500115007', '重庆市长寿区农业综合行政执法支队', 'Changshou District Agriculture Enforcement Detachment', NULL, '500115'),
('500115011', '长寿区市场监督管理局凤城市场监管所', 'Fengcheng Market Regulation Office', '500115002', '500115'),
('500115012', '长寿区市场监督管理局晏家市场监管所', 'Yanjia Market Regulation Office', '500115002', '500115'),
('500115021', '长寿区凤城街道办事处', 'Fengcheng Subdistrict Office', NULL, '500115'),
('500115022', '长寿区晏家街道办事处', 'Yanjia Subdistrict Office', NULL, '500115'),
('500101002', '重庆市万州区市场监督管理局', 'Wanzhou District Administration for Market Regulation', '500000002', '500101'),
('500103002', '重庆市渝中区市场监督管理局', 'Yuzhong District Administration for Market Regulation', '500000002', '500103');

INSERT INTO shr_training_category (code, name, name_en) VALUES
('COMPREHENSIVE_LAW', '综合法律知识', 'Comprehensive legal knowledge'),
('PROFESSIONAL_LAW', '专业法律知识', 'Professional legal knowledge'),
('LAW_UPDATE', '法律知识更新', 'Legal knowledge update'),
('POLITICAL', '政治理论/党性教育', 'Political theory and party education'),
('OTHER', '其他', 'Other');

-- 抽查检查结果 (the national double-random result codes)
INSERT INTO shr_result_code (code, name, name_en) VALUES
('NO_ISSUE', '未发现问题', 'No issue found'),
('NO_RELEVANT_ACTIVITY', '未发现开展本次抽查涉及的经营活动', 'No activity within the matter found'),
('INFO_NOT_DISCLOSED', '未按规定公示应当公示的信息', 'Required information not disclosed'),
('INFO_FALSIFIED', '公示信息隐瞒真实情况、弄虚作假', 'Disclosed information false or concealing facts'),
('UNREACHABLE', '通过登记的住所（经营场所）无法联系', 'Unreachable at the registered address'),
('REFUSED', '不配合检查，情节严重', 'Refused to cooperate, serious'),
('ORDERED_TO_RECTIFY', '发现问题已责令改正', 'Issue found, ordered to rectify'),
('PENDING_FOLLOW_UP', '发现问题待后续处理', 'Issue found, follow-up pending'),
('TRANSFERRED', '发现问题已移送有关部门', 'Issue found, transferred to the competent authority');

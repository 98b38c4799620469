-- Demo desk content: survey questions and a call-script tree with knowledge
-- articles in both languages (greetings and phrases from the service standards in SPEC seeds).
-- Applied only where calldesk.demo-data=true. Re-running inserts only what is missing.

MERGE INTO cd_survey_question q
USING (
  SELECT 1 id, '您是从哪里了解到我们的?' text_zh, 'Where did you hear about us?' text_en, 'CHOICE' answer_type,
         '朋友介绍;网络;广告;其他' choices_zh, 'A friend;Internet;Advertising;Other' choices_en, 0 required, 10 sort_order FROM dual
  UNION ALL SELECT 2, '您目前最需要哪方面的服务?', 'What service do you need most right now?', 'TEXT', NULL, NULL, 0, 20 FROM dual
  UNION ALL SELECT 3, '您对本次服务的满意度(1-5)', 'How satisfied are you with this call (1-5)?', 'NUMBER', NULL, NULL, 1, 30 FROM dual
  UNION ALL SELECT 4, '您的车辆保险到期日', 'When does your vehicle insurance expire?', 'DATE', NULL, NULL, 0, 40 FROM dual
) d
ON (q.id = d.id)
WHEN NOT MATCHED THEN
  INSERT (id, text_zh, text_en, answer_type, choices_zh, choices_en, required, sort_order, active, version, updated_by, updated_at)
  VALUES (d.id, d.text_zh, d.text_en, d.answer_type, d.choices_zh, d.choices_en, d.required, d.sort_order, 1, 0,
          'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));

-- The script tree: folders first, then what is in them. Ids below 1000 are the demo's own (the
-- sequence starts at 1000).
MERGE INTO cd_script_node n
USING (
  SELECT 1 id, CAST(NULL AS NUMBER(19)) parent_id, 'FOLDER' kind, CAST(NULL AS VARCHAR2(10 CHAR)) purpose, 10 sort_order, '服务用语' title_zh, 'Service phrases' title_en,
         CAST(NULL AS VARCHAR2(10 CHAR)) body_zh, CAST(NULL AS VARCHAR2(10 CHAR)) body_en, CAST(NULL AS VARCHAR2(10 CHAR)) keywords FROM dual
  UNION ALL SELECT 10, NULL, 'FOLDER', NULL, 20, '道路救援', 'Roadside assistance',
         NULL, NULL, NULL FROM dual
  UNION ALL SELECT 20, NULL, 'FOLDER', NULL, 30, '常见问题', 'Frequently asked questions',
         NULL, NULL, NULL FROM dual
) d
ON (n.id = d.id)
WHEN NOT MATCHED THEN
  INSERT (id, parent_id, kind, purpose, sort_order, title_zh, title_en, body_zh, body_en, keywords, search_text,
          version, updated_by, updated_at)
  VALUES (d.id, d.parent_id, d.kind, d.purpose, d.sort_order, d.title_zh, d.title_en, d.body_zh, d.body_en, d.keywords,
          LOWER(d.title_zh || ' ' || d.title_en || ' ' || NVL(d.keywords, '') || ' ' || NVL(d.body_zh, '') || ' ' || NVL(d.body_en, '')),
          0, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));

MERGE INTO cd_script_node n
USING (
  SELECT 2 id, 1 parent_id, 'SCRIPT' kind, 'GREETING' purpose, 10 sort_order, '接听问候' title_zh, 'Greeting' title_en,
         '您好,CallDesk 客服中心,工号 {工号} 为您服务!' body_zh, 'Hello, CallDesk customer service, agent {employee no.} speaking. How can I help you?' body_en, '问候 开场 greeting hello' keywords FROM dual
  UNION ALL SELECT 3, 1, 'SCRIPT', NULL, 20, '客户不出声', 'Caller is silent',
         '您好,请问有什么可以帮您?', 'Hello, how may I help you?', '不出声 silent' FROM dual
  UNION ALL SELECT 4, 1, 'SCRIPT', NULL, 30, '请客户稍等', 'Asking the caller to wait',
         '对不起,请稍等!', 'Sorry, one moment please.', '等待 稍等 wait hold' FROM dual
  UNION ALL SELECT 5, 1, 'SCRIPT', NULL, 40, '取消静音', 'After mute',
         '对不起,让您久等了!', 'Sorry to have kept you waiting.', '静音 mute' FROM dual
  UNION ALL SELECT 6, 1, 'SCRIPT', NULL, 50, '不能当场解答', 'Cannot answer right now',
         '请稍等,您的问题正在记录……您的问题我复述一遍好吗?您的问题稍后我们会尽快回复您。',
         'Let me write your question down... May I repeat it to check? We will get back to you with an answer as soon as possible.', '回复 记录 callback reply' FROM dual
  UNION ALL SELECT 7, 1, 'SCRIPT', 'CLOSING', 90, '结束语', 'Closing',
         '请问您还有什么问题吗?感谢您的来电,再见!', 'Is there anything else I can help you with? Thank you for calling, goodbye!', '结束 再见 closing goodbye' FROM dual
  UNION ALL SELECT 11, 10, 'SCRIPT', NULL, 10, '询问故障信息', 'Asking about the breakdown',
         '请问您的车型、车牌号是多少?车辆现在在什么位置?出现了什么故障现象?', 'What is the make and plate number of your car? Where is it now, and what happened?', '救援 车牌 故障 breakdown plate location' FROM dual
  UNION ALL SELECT 12, 10, 'ARTICLE', NULL, 20, '救援服务范围', 'Roadside assistance coverage',
         '24 小时道路救援覆盖市区及高速公路,包括拖车、搭电、换胎和送油。拖车 50 公里以内免费。',
         'Roadside assistance covers the city and motorways 24 hours a day: towing, jump starts, tyre changes and fuel delivery. Towing is free up to 50 km.', '拖车 搭电 换胎 送油 towing jump start tyre fuel' FROM dual
  UNION ALL SELECT 21, 20, 'ARTICLE', NULL, 10, '营业时间', 'Opening hours',
         '客服热线 7×24 小时服务;门店营业时间为每天 9:00 至 18:00。', 'The hotline answers 24/7; service centers are open daily from 9:00 to 18:00.', '时间 营业 hours open' FROM dual
  UNION ALL SELECT 22, 20, 'ARTICLE', NULL, 20, '发票开具', 'Invoices',
         '客户可在服务完成后 30 天内申请开具增值税发票,电子发票发送至登记邮箱。', 'Customers may ask for a VAT invoice within 30 days of the service; electronic invoices go to the registered e-mail address.', '发票 费用 invoice billing vat' FROM dual
  UNION ALL SELECT 23, 20, 'SCRIPT', NULL, 30, '超出服务范围', 'Out of scope',
         '非常抱歉,该问题不在我们服务范围内,无法为您提供相关服务。', 'I am sorry, that is outside what we can help with here.', '范围 scope' FROM dual
) d
ON (n.id = d.id)
WHEN NOT MATCHED THEN
  INSERT (id, parent_id, kind, purpose, sort_order, title_zh, title_en, body_zh, body_en, keywords, search_text,
          version, updated_by, updated_at)
  VALUES (d.id, d.parent_id, d.kind, d.purpose, d.sort_order, d.title_zh, d.title_en, d.body_zh, d.body_en, d.keywords,
          LOWER(d.title_zh || ' ' || d.title_en || ' ' || NVL(d.keywords, '') || ' ' || NVL(d.body_zh, '') || ' ' || NVL(d.body_en, '')),
          0, 'system', CAST(SYSTIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP));

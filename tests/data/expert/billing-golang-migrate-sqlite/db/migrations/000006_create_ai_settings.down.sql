DROP TABLE ai_settings;

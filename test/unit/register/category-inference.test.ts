import { describe, expect, it } from 'vitest';
import {
  categoryFromLabel,
  categoryFromName,
  energySourceFromName,
  inferCategory,
} from '../../../shared/register/category-inference';
import { EQUIPMENT_CATEGORIES } from '../../../shared/register/taxonomy';

describe('category from the category cell', () => {
  it.each([
    ['SMT设备', 'smt'],
    ['电机/泵/风机', 'motor_pump_fan'],
    ['电机、泵、风机', 'motor_pump_fan'],
    ['工业机器人', 'robot'],
    ['冲压设备', 'press'],
    ['暖通空调', 'hvac'],
    ['机床', 'machine_tool'],
    ['数控机床类', 'machine_tool'],
    ['注塑机', 'injection_molding'],
    ['叉车', 'forklift'],
    ['Machine tools', 'machine_tool'],
    ['HVAC and chillers', 'hvac'],
    ['compressor', 'compressor'],
    ['injection_molding', 'injection_molding'],
  ])('%s → %s', (cell, code) => expect(categoryFromLabel(cell)).toBe(code));

  it('every class is found from its own Chinese and English label', () => {
    for (const c of EQUIPMENT_CATEGORIES) {
      expect(categoryFromLabel(c.zh)).toBe(c.code);
      expect(categoryFromLabel(c.en)).toBe(c.code);
    }
  });

  it('does not take finance classes for machine types', () => {
    for (const f of ['动力设备', '生产设备', '通用设备', '专用设备', '机器设备', '电子设备', '运输设备']) {
      expect(categoryFromLabel(f)).toBeNull();
    }
  });
});

describe('category from the equipment name', () => {
  it.each([
    ['螺杆空压机', 'compressor'],
    ['离心水泵', 'motor_pump_fan'],
    ['冷却塔风机', 'motor_pump_fan'],
    ['三相异步电动机', 'motor_pump_fan'],
    ['燃煤蒸汽锅炉', 'boiler'],
    ['电加热导热油炉', 'boiler'],
    ['柴油发电机组', 'generator'],
    ['数控车床', 'machine_tool'],
    ['立式加工中心', 'machine_tool'],
    ['数控铣床', 'machine_tool'],
    ['平面磨床', 'machine_tool'],
    ['摇臂钻床', 'machine_tool'],
    ['线切割机', 'machine_tool'],
    ['全电动注塑机', 'injection_molding'],
    ['高速冲床', 'press'],
    ['液压机', 'press'],
    ['折弯机', 'press'],
    ['贴片机', 'smt'],
    ['回流焊炉', 'smt'],
    ['波峰焊机', 'smt'],
    ['锡膏印刷机', 'smt'],
    ['AOI检测仪', 'smt'],
    ['六轴工业机器人', 'robot'],
    ['AGV搬运车', 'robot'],
    ['上下料机械手', 'robot'],
    ['激光焊接机', 'laser'],
    ['光纤激光切割机', 'laser'],
    ['装配流水线', 'assembly'],
    ['包装机', 'assembly'],
    ['点胶机', 'assembly'],
    ['螺丝机', 'assembly'],
    ['缝纫机', 'assembly'],
    ['三坐标测量机', 'inspection'],
    ['X光检测机', 'inspection'],
    ['冷水机组', 'hvac'],
    ['空调机组', 'hvac'],
    ['工业除湿机', 'hvac'],
    ['电动叉车', 'forklift'],
    ['Air compressor', 'compressor'],
    ['CNC lathe', 'machine_tool'],
    ['Screw compressor', 'compressor'],
  ])('%s → %s', (name, code) => expect(categoryFromName(name)).toBe(code));

  it('leaves unknown names to the caller', () => {
    expect(categoryFromName('办公电脑')).toBeNull();
  });
});

describe('inferCategory', () => {
  it('takes a taxonomy class from the cell, even if the name says otherwise', () => {
    expect(inferCategory('机床', '离心水泵')).toEqual({
      code: 'machine_tool',
      source: 'cell',
      unrecognised: null,
    });
  });

  it('infers from the name when the cell is blank or a finance class', () => {
    expect(inferCategory('', '螺杆空压机')).toEqual({
      code: 'compressor',
      source: 'name',
      unrecognised: null,
    });
    expect(inferCategory(null, '冲床')).toEqual({ code: 'press', source: 'name', unrecognised: null });
    expect(inferCategory('动力设备', '螺杆空压机')).toEqual({
      code: 'compressor',
      source: 'name',
      unrecognised: '动力设备',
    });
  });

  it('falls back to other', () => {
    expect(inferCategory('', '办公电脑')).toEqual({ code: 'other', source: 'default', unrecognised: null });
    expect(inferCategory('模具', '办公电脑')).toEqual({
      code: 'other',
      source: 'default',
      unrecognised: '模具',
    });
  });
});

describe('fuel from the name', () => {
  it.each([
    ['燃煤蒸汽锅炉', 'coal'],
    ['燃气蒸汽锅炉', 'natural_gas'],
    ['燃油热水锅炉', 'fuel_oil'],
    ['生物质锅炉', 'other'],
    ['电加热导热油炉', 'electricity'],
    ['柴油发电机组', 'diesel'],
    ['燃气发电机组', 'natural_gas'],
    ['电动叉车', 'electricity'],
    ['内燃叉车', null],
    ['Diesel generator', 'diesel'],
  ])('%s → %s', (name, source) => expect(energySourceFromName(name)).toBe(source));
});

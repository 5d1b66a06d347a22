NAME isobar FREE
ROWS
 N OBJ
 L r0_serve
 L r1_serve
 L r2_serve
 L r3_serve
 L r4_serve
 L r5_serve
 L r6_serve
 L r7_serve
 L r8_serve
 L r9_serve
 L r10_serve
 L r11_serve
 L r12_serve
 L r13_serve
 L r14_serve
 L r15_serve
 L r16_serve
 L r17_serve
 L r18_serve
 L r19_serve
 L r20_serve
 L r21_serve
 L r22_serve
 L r23_serve
 L r24_serve
 L r25_serve
 L r26_serve
 L r27_serve
 L r28_serve
 L r29_serve
 L r30_serve
 L r31_serve
 L r32_serve
 L r33_serve
 L r34_serve
 L r35_serve
 L r36_serve
 L r37_serve
 L r38_serve
 L r39_serve
 L r40_serve
 L r41_serve
 L r42_serve
 L r43_serve
 L r44_serve
 L r45_serve
 L r46_serve
 L r47_serve
 L r48_serve
 L r49_serve
 L r50_serve
 L r51_serve
 L r52_serve
 L r53_serve
 L r54_serve
 L r55_serve
 L r56_serve
 L r57_serve
 L r58_serve
 L r59_serve
 L r60_serve
 L r61_serve
 L r62_serve
 L r63_serve
 L r64_serve
 L r65_serve
 L r66_serve
 L r67_serve
 L r68_serve
 L r69_serve
 L r70_serve
 L r71_serve
 L r72_serve
 L r73_serve
 L r74_serve
 L r75_serve
 L r76_serve
 L r77_serve
 L r78_serve
 L r79_serve
 L r80_serve
 L r81_serve
 L r82_serve
 L r83_serve
 L r84_serve
 L r85_serve
 L r86_serve
 L r87_serve
 L r88_serve
 L r89_serve
 L r90_serve
 L r91_serve
 L r92_serve
 L r93_serve
 L r94_serve
 L r95_serve
 L r96_serve
 L r97_serve
 L r98_serve
 L r99_serve
 L r100_serve
 L r101_serve
 L r102_serve
 L r103_serve
 L r104_serve
 L r105_serve
 L r106_serve
 L r107_serve
 L r108_serve
 L r109_serve
 L r110_serve
 L r111_serve
 L r112_serve
 L r113_serve
 L r114_serve
 L r115_serve
 L r116_serve
 L r117_serve
 L r118_serve
 L r119_serve
 L r120_serve
 L r121_serve
 L r122_serve
 L r123_serve
 L r124_serve
 L r125_serve
 L r126_serve
 L r127_serve
 L r128_serve
 L r129_serve
 L r130_serve
 L r131_serve
 L r132_serve
 L r133_serve
 L r134_serve
 L r135_serve
 L r136_serve
 L r137_serve
 L r138_serve
 L r139_serve
 L r140_serve
 L r141_serve
 L r142_serve
 L r143_serve
 L r144_serve
 L r145_serve
 L r146_serve
 L r147_serve
 L r148_serve
 L r149_serve
 L r150_serve
 L r151_serve
 L r152_serve
 L r153_serve
 L r154_serve
 L r155_serve
 L r156_serve
 L r157_serve
 L r158_serve
 L r159_serve
 L r160_serve
 L r161_serve
 L r162_serve
 L r163_serve
 L r164_serve
 L r165_serve
 L r166_serve
 L r167_serve
 L r168_serve
 L r169_serve
 L r170_serve
 L r171_serve
 L r172_serve
 L r173_serve
 L r174_serve
 L r175_serve
 L r176_serve
 L r177_serve
 L r178_serve
 L r179_serve
 L r180_serve
 L r181_serve
 L r182_serve
 L r183_serve
 L r184_serve
 L r185_serve
 L r186_serve
 L r187_serve
 L r188_serve
 L r189_serve
 L r190_serve
 L r191_serve
 L r192_serve
 L r193_serve
 L r194_serve
 L r195_serve
 L r196_serve
 L r197_serve
 L r198_serve
 L r199_serve
 G r200_replicas
 E r201_demand
 E r202_demand
 E r203_demand
 L r204_capacity
 L r205_capacity
 L r207_capacity
 L r208_capacity
 L r210_capacity
 L r211_capacity
 L r213_capacity
 L r214_capacity
 L r216_capacity
 L r217_capacity
 L r219_capacity
 L r220_capacity
 L r222_capacity
 L r223_capacity
 L r225_capacity
 L r226_capacity
 L r228_capacity
 L r229_capacity
 L r231_capacity
 L r232_capacity
 L r234_capacity
 L r235_capacity
 L r237_capacity
 L r238_capacity
 L r240_capacity
 L r241_capacity
 L r243_capacity
 L r244_capacity
 L r246_capacity
 L r247_capacity
 L r249_capacity
 L r250_capacity
 L r252_capacity
 L r253_capacity
 L r255_capacity
 L r256_capacity
 L r258_capacity
 L r259_capacity
 L r261_capacity
 L r262_capacity
 L r264_capacity
 L r265_capacity
 L r267_capacity
 L r268_capacity
 L r270_capacity
 L r271_capacity
 L r273_capacity
 L r274_capacity
 L r276_capacity
 L r277_capacity
 L r279_capacity
 L r280_capacity
 L r282_capacity
 L r283_capacity
 L r285_capacity
 L r286_capacity
 L r288_capacity
 L r289_capacity
 L r291_capacity
 L r292_capacity
 L r294_capacity
 L r295_capacity
 L r297_capacity
 L r298_capacity
 L r300_capacity
 L r301_capacity
 L r303_capacity
 L r304_capacity
 L r306_capacity
 L r307_capacity
 L r309_capacity
 L r310_capacity
 L r312_capacity
 L r313_capacity
 L r315_capacity
 L r316_capacity
 L r318_capacity
 L r319_capacity
 L r321_capacity
 L r322_capacity
 L r324_capacity
 L r325_capacity
 L r327_capacity
 L r328_capacity
 L r330_capacity
 L r331_capacity
 L r333_capacity
 L r334_capacity
 L r336_capacity
 L r337_capacity
 L r339_capacity
 L r340_capacity
 L r342_capacity
 L r343_capacity
 L r345_capacity
 L r346_capacity
 L r348_capacity
 L r349_capacity
 L r351_capacity
 L r352_capacity
 L r354_capacity
 L r355_capacity
 L r357_capacity
 L r358_capacity
 L r360_capacity
 L r361_capacity
 L r363_capacity
 L r364_capacity
 L r366_capacity
 L r367_capacity
 L r369_capacity
 L r370_capacity
 L r372_capacity
 L r373_capacity
 L r375_capacity
 L r376_capacity
 L r378_capacity
 L r379_capacity
 L r381_capacity
 L r382_capacity
 L r384_capacity
 L r385_capacity
 L r387_capacity
 L r388_capacity
 L r390_capacity
 L r391_capacity
 L r393_capacity
 L r394_capacity
 L r396_capacity
 L r397_capacity
 L r399_capacity
 L r400_capacity
 L r402_capacity
 L r403_capacity
 L r405_capacity
 L r406_capacity
 L r408_capacity
 L r409_capacity
 L r411_capacity
 L r412_capacity
 L r414_capacity
 L r415_capacity
 L r417_capacity
 L r418_capacity
 L r420_capacity
 L r421_capacity
 L r423_capacity
 L r424_capacity
 L r426_capacity
 L r427_capacity
 L r429_capacity
 L r430_capacity
 L r432_capacity
 L r433_capacity
 L r435_capacity
 L r436_capacity
 L r438_capacity
 L r439_capacity
 L r441_capacity
 L r442_capacity
 L r444_capacity
 L r445_capacity
 L r447_capacity
 L r448_capacity
 L r450_capacity
 L r451_capacity
 L r453_capacity
 L r454_capacity
 L r456_capacity
 L r457_capacity
 L r459_capacity
 L r460_capacity
 L r462_capacity
 L r463_capacity
 L r465_capacity
 L r466_capacity
 L r468_capacity
 L r469_capacity
 L r471_capacity
 L r472_capacity
 L r474_capacity
 L r475_capacity
 L r477_capacity
 L r478_capacity
 L r480_capacity
 L r481_capacity
 L r483_capacity
 L r484_capacity
 L r486_capacity
 L r487_capacity
 L r489_capacity
 L r490_capacity
 L r492_capacity
 L r493_capacity
 L r495_capacity
 L r496_capacity
 L r498_capacity
 L r499_capacity
 L r501_capacity
 L r502_capacity
 L r504_capacity
 L r505_capacity
 L r507_capacity
 L r508_capacity
 L r510_capacity
 L r511_capacity
 L r513_capacity
 L r514_capacity
 L r516_capacity
 L r517_capacity
 L r519_capacity
 L r520_capacity
 L r522_capacity
 L r523_capacity
 L r525_capacity
 L r526_capacity
 L r528_capacity
 L r529_capacity
 L r531_capacity
 L r532_capacity
 L r534_capacity
 L r535_capacity
 L r537_capacity
 L r538_capacity
 L r540_capacity
 L r541_capacity
 L r543_capacity
 L r544_capacity
 L r546_capacity
 L r547_capacity
 L r549_capacity
 L r550_capacity
 L r552_capacity
 L r553_capacity
 L r555_capacity
 L r556_capacity
 L r558_capacity
 L r559_capacity
 L r561_capacity
 L r562_capacity
 L r564_capacity
 L r565_capacity
 L r567_capacity
 L r568_capacity
 L r570_capacity
 L r571_capacity
 L r573_capacity
 L r574_capacity
 L r576_capacity
 L r577_capacity
 L r579_capacity
 L r580_capacity
 L r582_capacity
 L r583_capacity
 L r585_capacity
 L r586_capacity
 L r588_capacity
 L r589_capacity
 L r591_capacity
 L r592_capacity
 L r594_capacity
 L r595_capacity
 L r597_capacity
 L r598_capacity
 L r600_capacity
 L r601_capacity
 L r603_capacity
 L r604_capacity
 L r606_capacity
 L r607_capacity
 L r609_capacity
 L r610_capacity
 L r612_capacity
 L r613_capacity
 L r615_capacity
 L r616_capacity
 L r618_capacity
 L r619_capacity
 L r621_capacity
 L r622_capacity
 L r624_capacity
 L r625_capacity
 L r627_capacity
 L r628_capacity
 L r630_capacity
 L r631_capacity
 L r633_capacity
 L r634_capacity
 L r636_capacity
 L r637_capacity
 L r639_capacity
 L r640_capacity
 L r642_capacity
 L r643_capacity
 L r645_capacity
 L r646_capacity
 L r648_capacity
 L r649_capacity
 L r651_capacity
 L r652_capacity
 L r654_capacity
 L r655_capacity
 L r657_capacity
 L r658_capacity
 L r660_capacity
 L r661_capacity
 L r663_capacity
 L r664_capacity
 L r666_capacity
 L r667_capacity
 L r669_capacity
 L r670_capacity
 L r672_capacity
 L r673_capacity
 L r675_capacity
 L r676_capacity
 L r678_capacity
 L r679_capacity
 L r681_capacity
 L r682_capacity
 L r684_capacity
 L r685_capacity
 L r687_capacity
 L r688_capacity
 L r690_capacity
 L r691_capacity
 L r693_capacity
 L r694_capacity
 L r696_capacity
 L r697_capacity
 L r699_capacity
 L r700_capacity
 L r702_capacity
 L r703_capacity
 L r705_capacity
 L r706_capacity
 L r708_capacity
 L r709_capacity
 L r711_capacity
 L r712_capacity
 L r714_capacity
 L r715_capacity
 L r717_capacity
 L r718_capacity
 L r720_capacity
 L r721_capacity
 L r723_capacity
 L r724_capacity
 L r726_capacity
 L r727_capacity
 L r729_capacity
 L r730_capacity
 L r732_capacity
 L r733_capacity
 L r735_capacity
 L r736_capacity
 L r738_capacity
 L r739_capacity
 L r741_capacity
 L r742_capacity
 L r744_capacity
 L r745_capacity
 L r747_capacity
 L r748_capacity
 L r750_capacity
 L r751_capacity
 L r753_capacity
 L r754_capacity
 L r756_capacity
 L r757_capacity
 L r759_capacity
 L r760_capacity
 L r762_capacity
 L r763_capacity
 L r765_capacity
 L r766_capacity
 L r768_capacity
 L r769_capacity
 L r771_capacity
 L r772_capacity
 L r774_capacity
 L r775_capacity
 L r777_capacity
 L r778_capacity
 L r780_capacity
 L r781_capacity
 L r783_capacity
 L r784_capacity
 L r786_capacity
 L r787_capacity
 L r789_capacity
 L r790_capacity
 L r792_capacity
 L r793_capacity
 L r795_capacity
 L r796_capacity
 L r798_capacity
 L r799_capacity
 L r801_capacity
 L r802_capacity
COLUMNS
 MARKER 'MARKER' 'INTORG'
 x_w0862_c000-azure-polandcentral OBJ 17.9322129325
 x_w0862_c000-azure-polandcentral r0_serve -100
 x_w0862_c000-azure-polandcentral r200_replicas 1
 x_w0862_c000-azure-polandcentral r204_capacity 0.25
 x_w0862_c000-azure-polandcentral r205_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c000-azure-polandcentral OBJ 0
 r_w0862_frankfurt_c000-azure-polandcentral r0_serve 1
 r_w0862_frankfurt_c000-azure-polandcentral r201_demand 1
 r_w0862_london_c000-azure-polandcentral OBJ 0
 r_w0862_london_c000-azure-polandcentral r0_serve 1
 r_w0862_london_c000-azure-polandcentral r202_demand 1
 r_w0862_mumbai_c000-azure-polandcentral OBJ 0
 r_w0862_mumbai_c000-azure-polandcentral r0_serve 1
 r_w0862_mumbai_c000-azure-polandcentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c001-azure-eastasia OBJ 17.9322129325
 x_w0862_c001-azure-eastasia r1_serve -100
 x_w0862_c001-azure-eastasia r200_replicas 1
 x_w0862_c001-azure-eastasia r207_capacity 0.25
 x_w0862_c001-azure-eastasia r208_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c001-azure-eastasia OBJ 0
 r_w0862_frankfurt_c001-azure-eastasia r1_serve 1
 r_w0862_frankfurt_c001-azure-eastasia r201_demand 1
 r_w0862_london_c001-azure-eastasia OBJ 0
 r_w0862_london_c001-azure-eastasia r1_serve 1
 r_w0862_london_c001-azure-eastasia r202_demand 1
 r_w0862_mumbai_c001-azure-eastasia OBJ 0
 r_w0862_mumbai_c001-azure-eastasia r1_serve 1
 r_w0862_mumbai_c001-azure-eastasia r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c002-azure-switzerlandwest OBJ 17.9322129325
 x_w0862_c002-azure-switzerlandwest r2_serve -100
 x_w0862_c002-azure-switzerlandwest r200_replicas 1
 x_w0862_c002-azure-switzerlandwest r210_capacity 0.25
 x_w0862_c002-azure-switzerlandwest r211_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c002-azure-switzerlandwest OBJ 0
 r_w0862_frankfurt_c002-azure-switzerlandwest r2_serve 1
 r_w0862_frankfurt_c002-azure-switzerlandwest r201_demand 1
 r_w0862_london_c002-azure-switzerlandwest OBJ 0
 r_w0862_london_c002-azure-switzerlandwest r2_serve 1
 r_w0862_london_c002-azure-switzerlandwest r202_demand 1
 r_w0862_mumbai_c002-azure-switzerlandwest OBJ 0
 r_w0862_mumbai_c002-azure-switzerlandwest r2_serve 1
 r_w0862_mumbai_c002-azure-switzerlandwest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c003-azure-germanynorth OBJ 17.9322129325
 x_w0862_c003-azure-germanynorth r3_serve -100
 x_w0862_c003-azure-germanynorth r200_replicas 1
 x_w0862_c003-azure-germanynorth r213_capacity 0.25
 x_w0862_c003-azure-germanynorth r214_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c003-azure-germanynorth OBJ 0
 r_w0862_frankfurt_c003-azure-germanynorth r3_serve 1
 r_w0862_frankfurt_c003-azure-germanynorth r201_demand 1
 r_w0862_london_c003-azure-germanynorth OBJ 0
 r_w0862_london_c003-azure-germanynorth r3_serve 1
 r_w0862_london_c003-azure-germanynorth r202_demand 1
 r_w0862_mumbai_c003-azure-germanynorth OBJ 0
 r_w0862_mumbai_c003-azure-germanynorth r3_serve 1
 r_w0862_mumbai_c003-azure-germanynorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c004-azure-switzerlandnorth OBJ 17.9322129325
 x_w0862_c004-azure-switzerlandnorth r4_serve -100
 x_w0862_c004-azure-switzerlandnorth r200_replicas 1
 x_w0862_c004-azure-switzerlandnorth r216_capacity 0.25
 x_w0862_c004-azure-switzerlandnorth r217_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c004-azure-switzerlandnorth OBJ 0
 r_w0862_frankfurt_c004-azure-switzerlandnorth r4_serve 1
 r_w0862_frankfurt_c004-azure-switzerlandnorth r201_demand 1
 r_w0862_london_c004-azure-switzerlandnorth OBJ 0
 r_w0862_london_c004-azure-switzerlandnorth r4_serve 1
 r_w0862_london_c004-azure-switzerlandnorth r202_demand 1
 r_w0862_mumbai_c004-azure-switzerlandnorth OBJ 0
 r_w0862_mumbai_c004-azure-switzerlandnorth r4_serve 1
 r_w0862_mumbai_c004-azure-switzerlandnorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c005-aws-af-south-1 OBJ 23.722821497499996
 x_w0862_c005-aws-af-south-1 r5_serve -100
 x_w0862_c005-aws-af-south-1 r200_replicas 1
 x_w0862_c005-aws-af-south-1 r219_capacity 0.25
 x_w0862_c005-aws-af-south-1 r220_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c005-aws-af-south-1 OBJ 0
 r_w0862_frankfurt_c005-aws-af-south-1 r5_serve 1
 r_w0862_frankfurt_c005-aws-af-south-1 r201_demand 1
 r_w0862_london_c005-aws-af-south-1 OBJ 0
 r_w0862_london_c005-aws-af-south-1 r5_serve 1
 r_w0862_london_c005-aws-af-south-1 r202_demand 1
 r_w0862_mumbai_c005-aws-af-south-1 OBJ 0
 r_w0862_mumbai_c005-aws-af-south-1 r5_serve 1
 r_w0862_mumbai_c005-aws-af-south-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c006-azure-northeurope OBJ 17.9322129325
 x_w0862_c006-azure-northeurope r6_serve -100
 x_w0862_c006-azure-northeurope r200_replicas 1
 x_w0862_c006-azure-northeurope r222_capacity 0.25
 x_w0862_c006-azure-northeurope r223_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c006-azure-northeurope OBJ 0
 r_w0862_frankfurt_c006-azure-northeurope r6_serve 1
 r_w0862_frankfurt_c006-azure-northeurope r201_demand 1
 r_w0862_london_c006-azure-northeurope OBJ 0
 r_w0862_london_c006-azure-northeurope r6_serve 1
 r_w0862_london_c006-azure-northeurope r202_demand 1
 r_w0862_mumbai_c006-azure-northeurope OBJ 0
 r_w0862_mumbai_c006-azure-northeurope r6_serve 1
 r_w0862_mumbai_c006-azure-northeurope r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c007-aws-ap-southeast-1 OBJ 22.415265572499997
 x_w0862_c007-aws-ap-southeast-1 r7_serve -100
 x_w0862_c007-aws-ap-southeast-1 r200_replicas 1
 x_w0862_c007-aws-ap-southeast-1 r225_capacity 0.25
 x_w0862_c007-aws-ap-southeast-1 r226_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c007-aws-ap-southeast-1 OBJ 0
 r_w0862_frankfurt_c007-aws-ap-southeast-1 r7_serve 1
 r_w0862_frankfurt_c007-aws-ap-southeast-1 r201_demand 1
 r_w0862_london_c007-aws-ap-southeast-1 OBJ 0
 r_w0862_london_c007-aws-ap-southeast-1 r7_serve 1
 r_w0862_london_c007-aws-ap-southeast-1 r202_demand 1
 r_w0862_mumbai_c007-aws-ap-southeast-1 OBJ 0
 r_w0862_mumbai_c007-aws-ap-southeast-1 r7_serve 1
 r_w0862_mumbai_c007-aws-ap-southeast-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c008-gcp-us-west4 OBJ 20.4305791675
 x_w0862_c008-gcp-us-west4 r8_serve -100
 x_w0862_c008-gcp-us-west4 r200_replicas 1
 x_w0862_c008-gcp-us-west4 r228_capacity 0.25
 x_w0862_c008-gcp-us-west4 r229_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c008-gcp-us-west4 OBJ 0
 r_w0862_frankfurt_c008-gcp-us-west4 r8_serve 1
 r_w0862_frankfurt_c008-gcp-us-west4 r201_demand 1
 r_w0862_london_c008-gcp-us-west4 OBJ 0
 r_w0862_london_c008-gcp-us-west4 r8_serve 1
 r_w0862_london_c008-gcp-us-west4 r202_demand 1
 r_w0862_mumbai_c008-gcp-us-west4 OBJ 0
 r_w0862_mumbai_c008-gcp-us-west4 r8_serve 1
 r_w0862_mumbai_c008-gcp-us-west4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c009-gcp-europe-west9 OBJ 21.04326397
 x_w0862_c009-gcp-europe-west9 r9_serve -100
 x_w0862_c009-gcp-europe-west9 r200_replicas 1
 x_w0862_c009-gcp-europe-west9 r231_capacity 0.25
 x_w0862_c009-gcp-europe-west9 r232_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c009-gcp-europe-west9 OBJ 0
 r_w0862_frankfurt_c009-gcp-europe-west9 r9_serve 1
 r_w0862_frankfurt_c009-gcp-europe-west9 r201_demand 1
 r_w0862_london_c009-gcp-europe-west9 OBJ 0
 r_w0862_london_c009-gcp-europe-west9 r9_serve 1
 r_w0862_london_c009-gcp-europe-west9 r202_demand 1
 r_w0862_mumbai_c009-gcp-europe-west9 OBJ 0
 r_w0862_mumbai_c009-gcp-europe-west9 r9_serve 1
 r_w0862_mumbai_c009-gcp-europe-west9 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c010-azure-centralus OBJ 20.267134175
 x_w0862_c010-azure-centralus r10_serve -100
 x_w0862_c010-azure-centralus r200_replicas 1
 x_w0862_c010-azure-centralus r234_capacity 0.25
 x_w0862_c010-azure-centralus r235_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c010-azure-centralus OBJ 0
 r_w0862_frankfurt_c010-azure-centralus r10_serve 1
 r_w0862_frankfurt_c010-azure-centralus r201_demand 1
 r_w0862_london_c010-azure-centralus OBJ 0
 r_w0862_london_c010-azure-centralus r10_serve 1
 r_w0862_london_c010-azure-centralus r202_demand 1
 r_w0862_mumbai_c010-azure-centralus OBJ 0
 r_w0862_mumbai_c010-azure-centralus r10_serve 1
 r_w0862_mumbai_c010-azure-centralus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c011-gcp-us-west4 OBJ 20.4305791675
 x_w0862_c011-gcp-us-west4 r11_serve -100
 x_w0862_c011-gcp-us-west4 r200_replicas 1
 x_w0862_c011-gcp-us-west4 r237_capacity 0.25
 x_w0862_c011-gcp-us-west4 r238_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c011-gcp-us-west4 OBJ 0
 r_w0862_frankfurt_c011-gcp-us-west4 r11_serve 1
 r_w0862_frankfurt_c011-gcp-us-west4 r201_demand 1
 r_w0862_london_c011-gcp-us-west4 OBJ 0
 r_w0862_london_c011-gcp-us-west4 r11_serve 1
 r_w0862_london_c011-gcp-us-west4 r202_demand 1
 r_w0862_mumbai_c011-gcp-us-west4 OBJ 0
 r_w0862_mumbai_c011-gcp-us-west4 r11_serve 1
 r_w0862_mumbai_c011-gcp-us-west4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c012-azure-italynorth OBJ 17.9322129325
 x_w0862_c012-azure-italynorth r12_serve -100
 x_w0862_c012-azure-italynorth r200_replicas 1
 x_w0862_c012-azure-italynorth r240_capacity 0.25
 x_w0862_c012-azure-italynorth r241_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c012-azure-italynorth OBJ 0
 r_w0862_frankfurt_c012-azure-italynorth r12_serve 1
 r_w0862_frankfurt_c012-azure-italynorth r201_demand 1
 r_w0862_london_c012-azure-italynorth OBJ 0
 r_w0862_london_c012-azure-italynorth r12_serve 1
 r_w0862_london_c012-azure-italynorth r202_demand 1
 r_w0862_mumbai_c012-azure-italynorth OBJ 0
 r_w0862_mumbai_c012-azure-italynorth r12_serve 1
 r_w0862_mumbai_c012-azure-italynorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c013-azure-canadacentral OBJ 17.9322129325
 x_w0862_c013-azure-canadacentral r13_serve -100
 x_w0862_c013-azure-canadacentral r200_replicas 1
 x_w0862_c013-azure-canadacentral r243_capacity 0.25
 x_w0862_c013-azure-canadacentral r244_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c013-azure-canadacentral OBJ 0
 r_w0862_frankfurt_c013-azure-canadacentral r13_serve 1
 r_w0862_frankfurt_c013-azure-canadacentral r201_demand 1
 r_w0862_london_c013-azure-canadacentral OBJ 0
 r_w0862_london_c013-azure-canadacentral r13_serve 1
 r_w0862_london_c013-azure-canadacentral r202_demand 1
 r_w0862_mumbai_c013-azure-canadacentral OBJ 0
 r_w0862_mumbai_c013-azure-canadacentral r13_serve 1
 r_w0862_mumbai_c013-azure-canadacentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c014-azure-centralindia OBJ 17.9322129325
 x_w0862_c014-azure-centralindia r14_serve -100
 x_w0862_c014-azure-centralindia r200_replicas 1
 x_w0862_c014-azure-centralindia r246_capacity 0.25
 x_w0862_c014-azure-centralindia r247_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c014-azure-centralindia OBJ 0
 r_w0862_frankfurt_c014-azure-centralindia r14_serve 1
 r_w0862_frankfurt_c014-azure-centralindia r201_demand 1
 r_w0862_london_c014-azure-centralindia OBJ 0
 r_w0862_london_c014-azure-centralindia r14_serve 1
 r_w0862_london_c014-azure-centralindia r202_demand 1
 r_w0862_mumbai_c014-azure-centralindia OBJ 0
 r_w0862_mumbai_c014-azure-centralindia r14_serve 1
 r_w0862_mumbai_c014-azure-centralindia r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c015-gcp-europe-central2 OBJ 23.372583739999996
 x_w0862_c015-gcp-europe-central2 r15_serve -100
 x_w0862_c015-gcp-europe-central2 r200_replicas 1
 x_w0862_c015-gcp-europe-central2 r249_capacity 0.25
 x_w0862_c015-gcp-europe-central2 r250_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c015-gcp-europe-central2 OBJ 0
 r_w0862_frankfurt_c015-gcp-europe-central2 r15_serve 1
 r_w0862_frankfurt_c015-gcp-europe-central2 r201_demand 1
 r_w0862_london_c015-gcp-europe-central2 OBJ 0
 r_w0862_london_c015-gcp-europe-central2 r15_serve 1
 r_w0862_london_c015-gcp-europe-central2 r202_demand 1
 r_w0862_mumbai_c015-gcp-europe-central2 OBJ 0
 r_w0862_mumbai_c015-gcp-europe-central2 r15_serve 1
 r_w0862_mumbai_c015-gcp-europe-central2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c016-azure-eastasia OBJ 17.9322129325
 x_w0862_c016-azure-eastasia r16_serve -100
 x_w0862_c016-azure-eastasia r200_replicas 1
 x_w0862_c016-azure-eastasia r252_capacity 0.25
 x_w0862_c016-azure-eastasia r253_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c016-azure-eastasia OBJ 0
 r_w0862_frankfurt_c016-azure-eastasia r16_serve 1
 r_w0862_frankfurt_c016-azure-eastasia r201_demand 1
 r_w0862_london_c016-azure-eastasia OBJ 0
 r_w0862_london_c016-azure-eastasia r16_serve 1
 r_w0862_london_c016-azure-eastasia r202_demand 1
 r_w0862_mumbai_c016-azure-eastasia OBJ 0
 r_w0862_mumbai_c016-azure-eastasia r16_serve 1
 r_w0862_mumbai_c016-azure-eastasia r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c017-gcp-southamerica-west1 OBJ 25.94193335
 x_w0862_c017-gcp-southamerica-west1 r17_serve -100
 x_w0862_c017-gcp-southamerica-west1 r200_replicas 1
 x_w0862_c017-gcp-southamerica-west1 r255_capacity 0.25
 x_w0862_c017-gcp-southamerica-west1 r256_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c017-gcp-southamerica-west1 OBJ 0
 r_w0862_frankfurt_c017-gcp-southamerica-west1 r17_serve 1
 r_w0862_frankfurt_c017-gcp-southamerica-west1 r201_demand 1
 r_w0862_london_c017-gcp-southamerica-west1 OBJ 0
 r_w0862_london_c017-gcp-southamerica-west1 r17_serve 1
 r_w0862_london_c017-gcp-southamerica-west1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c018-azure-francecentral OBJ 17.9322129325
 x_w0862_c018-azure-francecentral r18_serve -100
 x_w0862_c018-azure-francecentral r200_replicas 1
 x_w0862_c018-azure-francecentral r258_capacity 0.25
 x_w0862_c018-azure-francecentral r259_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c018-azure-francecentral OBJ 0
 r_w0862_frankfurt_c018-azure-francecentral r18_serve 1
 r_w0862_frankfurt_c018-azure-francecentral r201_demand 1
 r_w0862_london_c018-azure-francecentral OBJ 0
 r_w0862_london_c018-azure-francecentral r18_serve 1
 r_w0862_london_c018-azure-francecentral r202_demand 1
 r_w0862_mumbai_c018-azure-francecentral OBJ 0
 r_w0862_mumbai_c018-azure-francecentral r18_serve 1
 r_w0862_mumbai_c018-azure-francecentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c019-aws-ap-southeast-7 OBJ 22.415265572499997
 x_w0862_c019-aws-ap-southeast-7 r19_serve -100
 x_w0862_c019-aws-ap-southeast-7 r200_replicas 1
 x_w0862_c019-aws-ap-southeast-7 r261_capacity 0.25
 x_w0862_c019-aws-ap-southeast-7 r262_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c019-aws-ap-southeast-7 OBJ 0
 r_w0862_frankfurt_c019-aws-ap-southeast-7 r19_serve 1
 r_w0862_frankfurt_c019-aws-ap-southeast-7 r201_demand 1
 r_w0862_london_c019-aws-ap-southeast-7 OBJ 0
 r_w0862_london_c019-aws-ap-southeast-7 r19_serve 1
 r_w0862_london_c019-aws-ap-southeast-7 r202_demand 1
 r_w0862_mumbai_c019-aws-ap-southeast-7 OBJ 0
 r_w0862_mumbai_c019-aws-ap-southeast-7 r19_serve 1
 r_w0862_mumbai_c019-aws-ap-southeast-7 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c020-azure-australiaeast OBJ 20.92091378
 x_w0862_c020-azure-australiaeast r20_serve -100
 x_w0862_c020-azure-australiaeast r200_replicas 1
 x_w0862_c020-azure-australiaeast r264_capacity 0.25
 x_w0862_c020-azure-australiaeast r265_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_london_c020-azure-australiaeast OBJ 0
 r_w0862_london_c020-azure-australiaeast r20_serve 1
 r_w0862_london_c020-azure-australiaeast r202_demand 1
 r_w0862_mumbai_c020-azure-australiaeast OBJ 0
 r_w0862_mumbai_c020-azure-australiaeast r20_serve 1
 r_w0862_mumbai_c020-azure-australiaeast r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c021-aws-eu-south-2 OBJ 20.92091378
 x_w0862_c021-aws-eu-south-2 r21_serve -100
 x_w0862_c021-aws-eu-south-2 r200_replicas 1
 x_w0862_c021-aws-eu-south-2 r267_capacity 0.25
 x_w0862_c021-aws-eu-south-2 r268_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c021-aws-eu-south-2 OBJ 0
 r_w0862_frankfurt_c021-aws-eu-south-2 r21_serve 1
 r_w0862_frankfurt_c021-aws-eu-south-2 r201_demand 1
 r_w0862_london_c021-aws-eu-south-2 OBJ 0
 r_w0862_london_c021-aws-eu-south-2 r21_serve 1
 r_w0862_london_c021-aws-eu-south-2 r202_demand 1
 r_w0862_mumbai_c021-aws-eu-south-2 OBJ 0
 r_w0862_mumbai_c021-aws-eu-south-2 r21_serve 1
 r_w0862_mumbai_c021-aws-eu-south-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c022-azure-northcentralus OBJ 17.9322129325
 x_w0862_c022-azure-northcentralus r22_serve -100
 x_w0862_c022-azure-northcentralus r200_replicas 1
 x_w0862_c022-azure-northcentralus r270_capacity 0.25
 x_w0862_c022-azure-northcentralus r271_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c022-azure-northcentralus OBJ 0
 r_w0862_frankfurt_c022-azure-northcentralus r22_serve 1
 r_w0862_frankfurt_c022-azure-northcentralus r201_demand 1
 r_w0862_london_c022-azure-northcentralus OBJ 0
 r_w0862_london_c022-azure-northcentralus r22_serve 1
 r_w0862_london_c022-azure-northcentralus r202_demand 1
 r_w0862_mumbai_c022-azure-northcentralus OBJ 0
 r_w0862_mumbai_c022-azure-northcentralus r22_serve 1
 r_w0862_mumbai_c022-azure-northcentralus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c023-aws-mx-central-1 OBJ 17.9322129325
 x_w0862_c023-aws-mx-central-1 r23_serve -100
 x_w0862_c023-aws-mx-central-1 r200_replicas 1
 x_w0862_c023-aws-mx-central-1 r273_capacity 0.25
 x_w0862_c023-aws-mx-central-1 r274_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c023-aws-mx-central-1 OBJ 0
 r_w0862_frankfurt_c023-aws-mx-central-1 r23_serve 1
 r_w0862_frankfurt_c023-aws-mx-central-1 r201_demand 1
 r_w0862_london_c023-aws-mx-central-1 OBJ 0
 r_w0862_london_c023-aws-mx-central-1 r23_serve 1
 r_w0862_london_c023-aws-mx-central-1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c024-gcp-europe-west1 OBJ 19.9561240625
 x_w0862_c024-gcp-europe-west1 r24_serve -100
 x_w0862_c024-gcp-europe-west1 r200_replicas 1
 x_w0862_c024-gcp-europe-west1 r276_capacity 0.25
 x_w0862_c024-gcp-europe-west1 r277_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c024-gcp-europe-west1 OBJ 0
 r_w0862_frankfurt_c024-gcp-europe-west1 r24_serve 1
 r_w0862_frankfurt_c024-gcp-europe-west1 r201_demand 1
 r_w0862_london_c024-gcp-europe-west1 OBJ 0
 r_w0862_london_c024-gcp-europe-west1 r24_serve 1
 r_w0862_london_c024-gcp-europe-west1 r202_demand 1
 r_w0862_mumbai_c024-gcp-europe-west1 OBJ 0
 r_w0862_mumbai_c024-gcp-europe-west1 r24_serve 1
 r_w0862_mumbai_c024-gcp-europe-west1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c025-azure-newzealandnorth OBJ 20.92091378
 x_w0862_c025-azure-newzealandnorth r25_serve -100
 x_w0862_c025-azure-newzealandnorth r200_replicas 1
 x_w0862_c025-azure-newzealandnorth r279_capacity 0.25
 x_w0862_c025-azure-newzealandnorth r280_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_mumbai_c025-azure-newzealandnorth OBJ 0
 r_w0862_mumbai_c025-azure-newzealandnorth r25_serve 1
 r_w0862_mumbai_c025-azure-newzealandnorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c026-azure-southafricawest OBJ 17.9322129325
 x_w0862_c026-azure-southafricawest r26_serve -100
 x_w0862_c026-azure-southafricawest r200_replicas 1
 x_w0862_c026-azure-southafricawest r282_capacity 0.25
 x_w0862_c026-azure-southafricawest r283_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c026-azure-southafricawest OBJ 0
 r_w0862_frankfurt_c026-azure-southafricawest r26_serve 1
 r_w0862_frankfurt_c026-azure-southafricawest r201_demand 1
 r_w0862_london_c026-azure-southafricawest OBJ 0
 r_w0862_london_c026-azure-southafricawest r26_serve 1
 r_w0862_london_c026-azure-southafricawest r202_demand 1
 r_w0862_mumbai_c026-azure-southafricawest OBJ 0
 r_w0862_mumbai_c026-azure-southafricawest r26_serve 1
 r_w0862_mumbai_c026-azure-southafricawest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c027-azure-westeurope OBJ 17.9322129325
 x_w0862_c027-azure-westeurope r27_serve -100
 x_w0862_c027-azure-westeurope r200_replicas 1
 x_w0862_c027-azure-westeurope r285_capacity 0.25
 x_w0862_c027-azure-westeurope r286_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c027-azure-westeurope OBJ 0
 r_w0862_frankfurt_c027-azure-westeurope r27_serve 1
 r_w0862_frankfurt_c027-azure-westeurope r201_demand 1
 r_w0862_london_c027-azure-westeurope OBJ 0
 r_w0862_london_c027-azure-westeurope r27_serve 1
 r_w0862_london_c027-azure-westeurope r202_demand 1
 r_w0862_mumbai_c027-azure-westeurope OBJ 0
 r_w0862_mumbai_c027-azure-westeurope r27_serve 1
 r_w0862_mumbai_c027-azure-westeurope r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c028-azure-eastus OBJ 17.9322129325
 x_w0862_c028-azure-eastus r28_serve -100
 x_w0862_c028-azure-eastus r200_replicas 1
 x_w0862_c028-azure-eastus r288_capacity 0.25
 x_w0862_c028-azure-eastus r289_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c028-azure-eastus OBJ 0
 r_w0862_frankfurt_c028-azure-eastus r28_serve 1
 r_w0862_frankfurt_c028-azure-eastus r201_demand 1
 r_w0862_london_c028-azure-eastus OBJ 0
 r_w0862_london_c028-azure-eastus r28_serve 1
 r_w0862_london_c028-azure-eastus r202_demand 1
 r_w0862_mumbai_c028-azure-eastus OBJ 0
 r_w0862_mumbai_c028-azure-eastus r28_serve 1
 r_w0862_mumbai_c028-azure-eastus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c029-gcp-us-west2 OBJ 21.7895048275
 x_w0862_c029-gcp-us-west2 r29_serve -100
 x_w0862_c029-gcp-us-west2 r200_replicas 1
 x_w0862_c029-gcp-us-west2 r291_capacity 0.25
 x_w0862_c029-gcp-us-west2 r292_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c029-gcp-us-west2 OBJ 0
 r_w0862_frankfurt_c029-gcp-us-west2 r29_serve 1
 r_w0862_frankfurt_c029-gcp-us-west2 r201_demand 1
 r_w0862_london_c029-gcp-us-west2 OBJ 0
 r_w0862_london_c029-gcp-us-west2 r29_serve 1
 r_w0862_london_c029-gcp-us-west2 r202_demand 1
 r_w0862_mumbai_c029-gcp-us-west2 OBJ 0
 r_w0862_mumbai_c029-gcp-us-west2 r29_serve 1
 r_w0862_mumbai_c029-gcp-us-west2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c030-azure-polandcentral OBJ 17.9322129325
 x_w0862_c030-azure-polandcentral r30_serve -100
 x_w0862_c030-azure-polandcentral r200_replicas 1
 x_w0862_c030-azure-polandcentral r294_capacity 0.25
 x_w0862_c030-azure-polandcentral r295_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c030-azure-polandcentral OBJ 0
 r_w0862_frankfurt_c030-azure-polandcentral r30_serve 1
 r_w0862_frankfurt_c030-azure-polandcentral r201_demand 1
 r_w0862_london_c030-azure-polandcentral OBJ 0
 r_w0862_london_c030-azure-polandcentral r30_serve 1
 r_w0862_london_c030-azure-polandcentral r202_demand 1
 r_w0862_mumbai_c030-azure-polandcentral OBJ 0
 r_w0862_mumbai_c030-azure-polandcentral r30_serve 1
 r_w0862_mumbai_c030-azure-polandcentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c031-aws-ap-south-2 OBJ 18.8661804075
 x_w0862_c031-aws-ap-south-2 r31_serve -100
 x_w0862_c031-aws-ap-south-2 r200_replicas 1
 x_w0862_c031-aws-ap-south-2 r297_capacity 0.25
 x_w0862_c031-aws-ap-south-2 r298_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c031-aws-ap-south-2 OBJ 0
 r_w0862_frankfurt_c031-aws-ap-south-2 r31_serve 1
 r_w0862_frankfurt_c031-aws-ap-south-2 r201_demand 1
 r_w0862_london_c031-aws-ap-south-2 OBJ 0
 r_w0862_london_c031-aws-ap-south-2 r31_serve 1
 r_w0862_london_c031-aws-ap-south-2 r202_demand 1
 r_w0862_mumbai_c031-aws-ap-south-2 OBJ 0
 r_w0862_mumbai_c031-aws-ap-south-2 r31_serve 1
 r_w0862_mumbai_c031-aws-ap-south-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c032-gcp-asia-northeast1 OBJ 23.2726480175
 x_w0862_c032-gcp-asia-northeast1 r32_serve -100
 x_w0862_c032-gcp-asia-northeast1 r200_replicas 1
 x_w0862_c032-gcp-asia-northeast1 r300_capacity 0.25
 x_w0862_c032-gcp-asia-northeast1 r301_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c032-gcp-asia-northeast1 OBJ 0
 r_w0862_frankfurt_c032-gcp-asia-northeast1 r32_serve 1
 r_w0862_frankfurt_c032-gcp-asia-northeast1 r201_demand 1
 r_w0862_london_c032-gcp-asia-northeast1 OBJ 0
 r_w0862_london_c032-gcp-asia-northeast1 r32_serve 1
 r_w0862_london_c032-gcp-asia-northeast1 r202_demand 1
 r_w0862_mumbai_c032-gcp-asia-northeast1 OBJ 0
 r_w0862_mumbai_c032-gcp-asia-northeast1 r32_serve 1
 r_w0862_mumbai_c032-gcp-asia-northeast1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c033-gcp-europe-west1 OBJ 19.9561240625
 x_w0862_c033-gcp-europe-west1 r33_serve -100
 x_w0862_c033-gcp-europe-west1 r200_replicas 1
 x_w0862_c033-gcp-europe-west1 r303_capacity 0.25
 x_w0862_c033-gcp-europe-west1 r304_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c033-gcp-europe-west1 OBJ 0
 r_w0862_frankfurt_c033-gcp-europe-west1 r33_serve 1
 r_w0862_frankfurt_c033-gcp-europe-west1 r201_demand 1
 r_w0862_london_c033-gcp-europe-west1 OBJ 0
 r_w0862_london_c033-gcp-europe-west1 r33_serve 1
 r_w0862_london_c033-gcp-europe-west1 r202_demand 1
 r_w0862_mumbai_c033-gcp-europe-west1 OBJ 0
 r_w0862_mumbai_c033-gcp-europe-west1 r33_serve 1
 r_w0862_mumbai_c033-gcp-europe-west1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c034-azure-newzealandnorth OBJ 20.92091378
 x_w0862_c034-azure-newzealandnorth r34_serve -100
 x_w0862_c034-azure-newzealandnorth r200_replicas 1
 x_w0862_c034-azure-newzealandnorth r306_capacity 0.25
 x_w0862_c034-azure-newzealandnorth r307_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_mumbai_c034-azure-newzealandnorth OBJ 0
 r_w0862_mumbai_c034-azure-newzealandnorth r34_serve 1
 r_w0862_mumbai_c034-azure-newzealandnorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c035-azure-eastus2 OBJ 17.9322129325
 x_w0862_c035-azure-eastus2 r35_serve -100
 x_w0862_c035-azure-eastus2 r200_replicas 1
 x_w0862_c035-azure-eastus2 r309_capacity 0.25
 x_w0862_c035-azure-eastus2 r310_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c035-azure-eastus2 OBJ 0
 r_w0862_frankfurt_c035-azure-eastus2 r35_serve 1
 r_w0862_frankfurt_c035-azure-eastus2 r201_demand 1
 r_w0862_london_c035-azure-eastus2 OBJ 0
 r_w0862_london_c035-azure-eastus2 r35_serve 1
 r_w0862_london_c035-azure-eastus2 r202_demand 1
 r_w0862_mumbai_c035-azure-eastus2 OBJ 0
 r_w0862_mumbai_c035-azure-eastus2 r35_serve 1
 r_w0862_mumbai_c035-azure-eastus2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c036-aws-eu-west-3 OBJ 20.92091378
 x_w0862_c036-aws-eu-west-3 r36_serve -100
 x_w0862_c036-aws-eu-west-3 r200_replicas 1
 x_w0862_c036-aws-eu-west-3 r312_capacity 0.25
 x_w0862_c036-aws-eu-west-3 r313_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c036-aws-eu-west-3 OBJ 0
 r_w0862_frankfurt_c036-aws-eu-west-3 r36_serve 1
 r_w0862_frankfurt_c036-aws-eu-west-3 r201_demand 1
 r_w0862_london_c036-aws-eu-west-3 OBJ 0
 r_w0862_london_c036-aws-eu-west-3 r36_serve 1
 r_w0862_london_c036-aws-eu-west-3 r202_demand 1
 r_w0862_mumbai_c036-aws-eu-west-3 OBJ 0
 r_w0862_mumbai_c036-aws-eu-west-3 r36_serve 1
 r_w0862_mumbai_c036-aws-eu-west-3 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c037-aws-ap-southeast-7 OBJ 22.415265572499997
 x_w0862_c037-aws-ap-southeast-7 r37_serve -100
 x_w0862_c037-aws-ap-southeast-7 r200_replicas 1
 x_w0862_c037-aws-ap-southeast-7 r315_capacity 0.25
 x_w0862_c037-aws-ap-southeast-7 r316_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c037-aws-ap-southeast-7 OBJ 0
 r_w0862_frankfurt_c037-aws-ap-southeast-7 r37_serve 1
 r_w0862_frankfurt_c037-aws-ap-southeast-7 r201_demand 1
 r_w0862_london_c037-aws-ap-southeast-7 OBJ 0
 r_w0862_london_c037-aws-ap-southeast-7 r37_serve 1
 r_w0862_london_c037-aws-ap-southeast-7 r202_demand 1
 r_w0862_mumbai_c037-aws-ap-southeast-7 OBJ 0
 r_w0862_mumbai_c037-aws-ap-southeast-7 r37_serve 1
 r_w0862_mumbai_c037-aws-ap-southeast-7 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c038-gcp-us-east4 OBJ 20.431512655
 x_w0862_c038-gcp-us-east4 r38_serve -100
 x_w0862_c038-gcp-us-east4 r200_replicas 1
 x_w0862_c038-gcp-us-east4 r318_capacity 0.25
 x_w0862_c038-gcp-us-east4 r319_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c038-gcp-us-east4 OBJ 0
 r_w0862_frankfurt_c038-gcp-us-east4 r38_serve 1
 r_w0862_frankfurt_c038-gcp-us-east4 r201_demand 1
 r_w0862_london_c038-gcp-us-east4 OBJ 0
 r_w0862_london_c038-gcp-us-east4 r38_serve 1
 r_w0862_london_c038-gcp-us-east4 r202_demand 1
 r_w0862_mumbai_c038-gcp-us-east4 OBJ 0
 r_w0862_mumbai_c038-gcp-us-east4 r38_serve 1
 r_w0862_mumbai_c038-gcp-us-east4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c039-gcp-europe-west12 OBJ 23.4015360875
 x_w0862_c039-gcp-europe-west12 r39_serve -100
 x_w0862_c039-gcp-europe-west12 r200_replicas 1
 x_w0862_c039-gcp-europe-west12 r321_capacity 0.25
 x_w0862_c039-gcp-europe-west12 r322_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c039-gcp-europe-west12 OBJ 0
 r_w0862_frankfurt_c039-gcp-europe-west12 r39_serve 1
 r_w0862_frankfurt_c039-gcp-europe-west12 r201_demand 1
 r_w0862_london_c039-gcp-europe-west12 OBJ 0
 r_w0862_london_c039-gcp-europe-west12 r39_serve 1
 r_w0862_london_c039-gcp-europe-west12 r202_demand 1
 r_w0862_mumbai_c039-gcp-europe-west12 OBJ 0
 r_w0862_mumbai_c039-gcp-europe-west12 r39_serve 1
 r_w0862_mumbai_c039-gcp-europe-west12 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c040-azure-australiacentral OBJ 20.92091378
 x_w0862_c040-azure-australiacentral r40_serve -100
 x_w0862_c040-azure-australiacentral r200_replicas 1
 x_w0862_c040-azure-australiacentral r324_capacity 0.25
 x_w0862_c040-azure-australiacentral r325_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_mumbai_c040-azure-australiacentral OBJ 0
 r_w0862_mumbai_c040-azure-australiacentral r40_serve 1
 r_w0862_mumbai_c040-azure-australiacentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c041-azure-uksouth OBJ 17.9322129325
 x_w0862_c041-azure-uksouth r41_serve -100
 x_w0862_c041-azure-uksouth r200_replicas 1
 x_w0862_c041-azure-uksouth r327_capacity 0.25
 x_w0862_c041-azure-uksouth r328_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c041-azure-uksouth OBJ 0
 r_w0862_frankfurt_c041-azure-uksouth r41_serve 1
 r_w0862_frankfurt_c041-azure-uksouth r201_demand 1
 r_w0862_london_c041-azure-uksouth OBJ 0
 r_w0862_london_c041-azure-uksouth r41_serve 1
 r_w0862_london_c041-azure-uksouth r202_demand 1
 r_w0862_mumbai_c041-azure-uksouth OBJ 0
 r_w0862_mumbai_c041-azure-uksouth r41_serve 1
 r_w0862_mumbai_c041-azure-uksouth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c042-azure-germanywestcentral OBJ 17.9322129325
 x_w0862_c042-azure-germanywestcentral r42_serve -100
 x_w0862_c042-azure-germanywestcentral r200_replicas 1
 x_w0862_c042-azure-germanywestcentral r330_capacity 0.25
 x_w0862_c042-azure-germanywestcentral r331_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c042-azure-germanywestcentral OBJ 0
 r_w0862_frankfurt_c042-azure-germanywestcentral r42_serve 1
 r_w0862_frankfurt_c042-azure-germanywestcentral r201_demand 1
 r_w0862_london_c042-azure-germanywestcentral OBJ 0
 r_w0862_london_c042-azure-germanywestcentral r42_serve 1
 r_w0862_london_c042-azure-germanywestcentral r202_demand 1
 r_w0862_mumbai_c042-azure-germanywestcentral OBJ 0
 r_w0862_mumbai_c042-azure-germanywestcentral r42_serve 1
 r_w0862_mumbai_c042-azure-germanywestcentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c043-gcp-asia-southeast2 OBJ 24.3934111775
 x_w0862_c043-gcp-asia-southeast2 r43_serve -100
 x_w0862_c043-gcp-asia-southeast2 r200_replicas 1
 x_w0862_c043-gcp-asia-southeast2 r333_capacity 0.25
 x_w0862_c043-gcp-asia-southeast2 r334_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c043-gcp-asia-southeast2 OBJ 0
 r_w0862_frankfurt_c043-gcp-asia-southeast2 r43_serve 1
 r_w0862_frankfurt_c043-gcp-asia-southeast2 r201_demand 1
 r_w0862_london_c043-gcp-asia-southeast2 OBJ 0
 r_w0862_london_c043-gcp-asia-southeast2 r43_serve 1
 r_w0862_london_c043-gcp-asia-southeast2 r202_demand 1
 r_w0862_mumbai_c043-gcp-asia-southeast2 OBJ 0
 r_w0862_mumbai_c043-gcp-asia-southeast2 r43_serve 1
 r_w0862_mumbai_c043-gcp-asia-southeast2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c044-aws-ap-south-2 OBJ 18.8661804075
 x_w0862_c044-aws-ap-south-2 r44_serve -100
 x_w0862_c044-aws-ap-south-2 r200_replicas 1
 x_w0862_c044-aws-ap-south-2 r336_capacity 0.25
 x_w0862_c044-aws-ap-south-2 r337_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c044-aws-ap-south-2 OBJ 0
 r_w0862_frankfurt_c044-aws-ap-south-2 r44_serve 1
 r_w0862_frankfurt_c044-aws-ap-south-2 r201_demand 1
 r_w0862_london_c044-aws-ap-south-2 OBJ 0
 r_w0862_london_c044-aws-ap-south-2 r44_serve 1
 r_w0862_london_c044-aws-ap-south-2 r202_demand 1
 r_w0862_mumbai_c044-aws-ap-south-2 OBJ 0
 r_w0862_mumbai_c044-aws-ap-south-2 r44_serve 1
 r_w0862_mumbai_c044-aws-ap-south-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c045-azure-francesouth OBJ 17.9322129325
 x_w0862_c045-azure-francesouth r45_serve -100
 x_w0862_c045-azure-francesouth r200_replicas 1
 x_w0862_c045-azure-francesouth r339_capacity 0.25
 x_w0862_c045-azure-francesouth r340_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c045-azure-francesouth OBJ 0
 r_w0862_frankfurt_c045-azure-francesouth r45_serve 1
 r_w0862_frankfurt_c045-azure-francesouth r201_demand 1
 r_w0862_london_c045-azure-francesouth OBJ 0
 r_w0862_london_c045-azure-francesouth r45_serve 1
 r_w0862_london_c045-azure-francesouth r202_demand 1
 r_w0862_mumbai_c045-azure-francesouth OBJ 0
 r_w0862_mumbai_c045-azure-francesouth r45_serve 1
 r_w0862_mumbai_c045-azure-francesouth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c046-gcp-us-central1 OBJ 18.1414203475
 x_w0862_c046-gcp-us-central1 r46_serve -100
 x_w0862_c046-gcp-us-central1 r200_replicas 1
 x_w0862_c046-gcp-us-central1 r342_capacity 0.25
 x_w0862_c046-gcp-us-central1 r343_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c046-gcp-us-central1 OBJ 0
 r_w0862_frankfurt_c046-gcp-us-central1 r46_serve 1
 r_w0862_frankfurt_c046-gcp-us-central1 r201_demand 1
 r_w0862_london_c046-gcp-us-central1 OBJ 0
 r_w0862_london_c046-gcp-us-central1 r46_serve 1
 r_w0862_london_c046-gcp-us-central1 r202_demand 1
 r_w0862_mumbai_c046-gcp-us-central1 OBJ 0
 r_w0862_mumbai_c046-gcp-us-central1 r46_serve 1
 r_w0862_mumbai_c046-gcp-us-central1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c047-azure-eastus OBJ 17.9322129325
 x_w0862_c047-azure-eastus r47_serve -100
 x_w0862_c047-azure-eastus r200_replicas 1
 x_w0862_c047-azure-eastus r345_capacity 0.25
 x_w0862_c047-azure-eastus r346_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c047-azure-eastus OBJ 0
 r_w0862_frankfurt_c047-azure-eastus r47_serve 1
 r_w0862_frankfurt_c047-azure-eastus r201_demand 1
 r_w0862_london_c047-azure-eastus OBJ 0
 r_w0862_london_c047-azure-eastus r47_serve 1
 r_w0862_london_c047-azure-eastus r202_demand 1
 r_w0862_mumbai_c047-azure-eastus OBJ 0
 r_w0862_mumbai_c047-azure-eastus r47_serve 1
 r_w0862_mumbai_c047-azure-eastus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c048-gcp-europe-southwest1 OBJ 21.4065774875
 x_w0862_c048-gcp-europe-southwest1 r48_serve -100
 x_w0862_c048-gcp-europe-southwest1 r200_replicas 1
 x_w0862_c048-gcp-europe-southwest1 r348_capacity 0.25
 x_w0862_c048-gcp-europe-southwest1 r349_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c048-gcp-europe-southwest1 OBJ 0
 r_w0862_frankfurt_c048-gcp-europe-southwest1 r48_serve 1
 r_w0862_frankfurt_c048-gcp-europe-southwest1 r201_demand 1
 r_w0862_london_c048-gcp-europe-southwest1 OBJ 0
 r_w0862_london_c048-gcp-europe-southwest1 r48_serve 1
 r_w0862_london_c048-gcp-europe-southwest1 r202_demand 1
 r_w0862_mumbai_c048-gcp-europe-southwest1 OBJ 0
 r_w0862_mumbai_c048-gcp-europe-southwest1 r48_serve 1
 r_w0862_mumbai_c048-gcp-europe-southwest1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c049-gcp-southamerica-east1 OBJ 28.796144472499996
 x_w0862_c049-gcp-southamerica-east1 r49_serve -100
 x_w0862_c049-gcp-southamerica-east1 r200_replicas 1
 x_w0862_c049-gcp-southamerica-east1 r351_capacity 0.25
 x_w0862_c049-gcp-southamerica-east1 r352_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c049-gcp-southamerica-east1 OBJ 0
 r_w0862_frankfurt_c049-gcp-southamerica-east1 r49_serve 1
 r_w0862_frankfurt_c049-gcp-southamerica-east1 r201_demand 1
 r_w0862_london_c049-gcp-southamerica-east1 OBJ 0
 r_w0862_london_c049-gcp-southamerica-east1 r49_serve 1
 r_w0862_london_c049-gcp-southamerica-east1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c050-aws-ca-central-1 OBJ 19.9869435675
 x_w0862_c050-aws-ca-central-1 r50_serve -100
 x_w0862_c050-aws-ca-central-1 r200_replicas 1
 x_w0862_c050-aws-ca-central-1 r354_capacity 0.25
 x_w0862_c050-aws-ca-central-1 r355_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c050-aws-ca-central-1 OBJ 0
 r_w0862_frankfurt_c050-aws-ca-central-1 r50_serve 1
 r_w0862_frankfurt_c050-aws-ca-central-1 r201_demand 1
 r_w0862_london_c050-aws-ca-central-1 OBJ 0
 r_w0862_london_c050-aws-ca-central-1 r50_serve 1
 r_w0862_london_c050-aws-ca-central-1 r202_demand 1
 r_w0862_mumbai_c050-aws-ca-central-1 OBJ 0
 r_w0862_mumbai_c050-aws-ca-central-1 r50_serve 1
 r_w0862_mumbai_c050-aws-ca-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c051-azure-francecentral OBJ 17.9322129325
 x_w0862_c051-azure-francecentral r51_serve -100
 x_w0862_c051-azure-francecentral r200_replicas 1
 x_w0862_c051-azure-francecentral r357_capacity 0.25
 x_w0862_c051-azure-francecentral r358_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c051-azure-francecentral OBJ 0
 r_w0862_frankfurt_c051-azure-francecentral r51_serve 1
 r_w0862_frankfurt_c051-azure-francecentral r201_demand 1
 r_w0862_london_c051-azure-francecentral OBJ 0
 r_w0862_london_c051-azure-francecentral r51_serve 1
 r_w0862_london_c051-azure-francecentral r202_demand 1
 r_w0862_mumbai_c051-azure-francecentral OBJ 0
 r_w0862_mumbai_c051-azure-francecentral r51_serve 1
 r_w0862_mumbai_c051-azure-francecentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c052-azure-southeastasia OBJ 17.9322129325
 x_w0862_c052-azure-southeastasia r52_serve -100
 x_w0862_c052-azure-southeastasia r200_replicas 1
 x_w0862_c052-azure-southeastasia r360_capacity 0.25
 x_w0862_c052-azure-southeastasia r361_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c052-azure-southeastasia OBJ 0
 r_w0862_frankfurt_c052-azure-southeastasia r52_serve 1
 r_w0862_frankfurt_c052-azure-southeastasia r201_demand 1
 r_w0862_london_c052-azure-southeastasia OBJ 0
 r_w0862_london_c052-azure-southeastasia r52_serve 1
 r_w0862_london_c052-azure-southeastasia r202_demand 1
 r_w0862_mumbai_c052-azure-southeastasia OBJ 0
 r_w0862_mumbai_c052-azure-southeastasia r52_serve 1
 r_w0862_mumbai_c052-azure-southeastasia r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c053-azure-japanwest OBJ 17.9322129325
 x_w0862_c053-azure-japanwest r53_serve -100
 x_w0862_c053-azure-japanwest r200_replicas 1
 x_w0862_c053-azure-japanwest r363_capacity 0.25
 x_w0862_c053-azure-japanwest r364_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c053-azure-japanwest OBJ 0
 r_w0862_frankfurt_c053-azure-japanwest r53_serve 1
 r_w0862_frankfurt_c053-azure-japanwest r201_demand 1
 r_w0862_london_c053-azure-japanwest OBJ 0
 r_w0862_london_c053-azure-japanwest r53_serve 1
 r_w0862_london_c053-azure-japanwest r202_demand 1
 r_w0862_mumbai_c053-azure-japanwest OBJ 0
 r_w0862_mumbai_c053-azure-japanwest r53_serve 1
 r_w0862_mumbai_c053-azure-japanwest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c054-aws-eu-west-1 OBJ 19.9869435675
 x_w0862_c054-aws-eu-west-1 r54_serve -100
 x_w0862_c054-aws-eu-west-1 r200_replicas 1
 x_w0862_c054-aws-eu-west-1 r366_capacity 0.25
 x_w0862_c054-aws-eu-west-1 r367_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c054-aws-eu-west-1 OBJ 0
 r_w0862_frankfurt_c054-aws-eu-west-1 r54_serve 1
 r_w0862_frankfurt_c054-aws-eu-west-1 r201_demand 1
 r_w0862_london_c054-aws-eu-west-1 OBJ 0
 r_w0862_london_c054-aws-eu-west-1 r54_serve 1
 r_w0862_london_c054-aws-eu-west-1 r202_demand 1
 r_w0862_mumbai_c054-aws-eu-west-1 OBJ 0
 r_w0862_mumbai_c054-aws-eu-west-1 r54_serve 1
 r_w0862_mumbai_c054-aws-eu-west-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c055-azure-westus2 OBJ 17.9322129325
 x_w0862_c055-azure-westus2 r55_serve -100
 x_w0862_c055-azure-westus2 r200_replicas 1
 x_w0862_c055-azure-westus2 r369_capacity 0.25
 x_w0862_c055-azure-westus2 r370_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c055-azure-westus2 OBJ 0
 r_w0862_frankfurt_c055-azure-westus2 r55_serve 1
 r_w0862_frankfurt_c055-azure-westus2 r201_demand 1
 r_w0862_london_c055-azure-westus2 OBJ 0
 r_w0862_london_c055-azure-westus2 r55_serve 1
 r_w0862_london_c055-azure-westus2 r202_demand 1
 r_w0862_mumbai_c055-azure-westus2 OBJ 0
 r_w0862_mumbai_c055-azure-westus2 r55_serve 1
 r_w0862_mumbai_c055-azure-westus2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c056-azure-japanwest OBJ 17.9322129325
 x_w0862_c056-azure-japanwest r56_serve -100
 x_w0862_c056-azure-japanwest r200_replicas 1
 x_w0862_c056-azure-japanwest r372_capacity 0.25
 x_w0862_c056-azure-japanwest r373_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c056-azure-japanwest OBJ 0
 r_w0862_frankfurt_c056-azure-japanwest r56_serve 1
 r_w0862_frankfurt_c056-azure-japanwest r201_demand 1
 r_w0862_london_c056-azure-japanwest OBJ 0
 r_w0862_london_c056-azure-japanwest r56_serve 1
 r_w0862_london_c056-azure-japanwest r202_demand 1
 r_w0862_mumbai_c056-azure-japanwest OBJ 0
 r_w0862_mumbai_c056-azure-japanwest r56_serve 1
 r_w0862_mumbai_c056-azure-japanwest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c057-azure-francecentral OBJ 17.9322129325
 x_w0862_c057-azure-francecentral r57_serve -100
 x_w0862_c057-azure-francecentral r200_replicas 1
 x_w0862_c057-azure-francecentral r375_capacity 0.25
 x_w0862_c057-azure-francecentral r376_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c057-azure-francecentral OBJ 0
 r_w0862_frankfurt_c057-azure-francecentral r57_serve 1
 r_w0862_frankfurt_c057-azure-francecentral r201_demand 1
 r_w0862_london_c057-azure-francecentral OBJ 0
 r_w0862_london_c057-azure-francecentral r57_serve 1
 r_w0862_london_c057-azure-francecentral r202_demand 1
 r_w0862_mumbai_c057-azure-francecentral OBJ 0
 r_w0862_mumbai_c057-azure-francecentral r57_serve 1
 r_w0862_mumbai_c057-azure-francecentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c058-gcp-australia-southeast1 OBJ 25.740194565
 x_w0862_c058-gcp-australia-southeast1 r58_serve -100
 x_w0862_c058-gcp-australia-southeast1 r200_replicas 1
 x_w0862_c058-gcp-australia-southeast1 r378_capacity 0.25
 x_w0862_c058-gcp-australia-southeast1 r379_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_london_c058-gcp-australia-southeast1 OBJ 0
 r_w0862_london_c058-gcp-australia-southeast1 r58_serve 1
 r_w0862_london_c058-gcp-australia-southeast1 r202_demand 1
 r_w0862_mumbai_c058-gcp-australia-southeast1 OBJ 0
 r_w0862_mumbai_c058-gcp-australia-southeast1 r58_serve 1
 r_w0862_mumbai_c058-gcp-australia-southeast1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c059-azure-southafricanorth OBJ 17.9322129325
 x_w0862_c059-azure-southafricanorth r59_serve -100
 x_w0862_c059-azure-southafricanorth r200_replicas 1
 x_w0862_c059-azure-southafricanorth r381_capacity 0.25
 x_w0862_c059-azure-southafricanorth r382_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c059-azure-southafricanorth OBJ 0
 r_w0862_frankfurt_c059-azure-southafricanorth r59_serve 1
 r_w0862_frankfurt_c059-azure-southafricanorth r201_demand 1
 r_w0862_london_c059-azure-southafricanorth OBJ 0
 r_w0862_london_c059-azure-southafricanorth r59_serve 1
 r_w0862_london_c059-azure-southafricanorth r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c060-gcp-europe-southwest1 OBJ 21.4065774875
 x_w0862_c060-gcp-europe-southwest1 r60_serve -100
 x_w0862_c060-gcp-europe-southwest1 r200_replicas 1
 x_w0862_c060-gcp-europe-southwest1 r384_capacity 0.25
 x_w0862_c060-gcp-europe-southwest1 r385_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c060-gcp-europe-southwest1 OBJ 0
 r_w0862_frankfurt_c060-gcp-europe-southwest1 r60_serve 1
 r_w0862_frankfurt_c060-gcp-europe-southwest1 r201_demand 1
 r_w0862_london_c060-gcp-europe-southwest1 OBJ 0
 r_w0862_london_c060-gcp-europe-southwest1 r60_serve 1
 r_w0862_london_c060-gcp-europe-southwest1 r202_demand 1
 r_w0862_mumbai_c060-gcp-europe-southwest1 OBJ 0
 r_w0862_mumbai_c060-gcp-europe-southwest1 r60_serve 1
 r_w0862_mumbai_c060-gcp-europe-southwest1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c061-aws-ap-east-1 OBJ 24.656791892500003
 x_w0862_c061-aws-ap-east-1 r61_serve -100
 x_w0862_c061-aws-ap-east-1 r200_replicas 1
 x_w0862_c061-aws-ap-east-1 r387_capacity 0.25
 x_w0862_c061-aws-ap-east-1 r388_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c061-aws-ap-east-1 OBJ 0
 r_w0862_frankfurt_c061-aws-ap-east-1 r61_serve 1
 r_w0862_frankfurt_c061-aws-ap-east-1 r201_demand 1
 r_w0862_mumbai_c061-aws-ap-east-1 OBJ 0
 r_w0862_mumbai_c061-aws-ap-east-1 r61_serve 1
 r_w0862_mumbai_c061-aws-ap-east-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c062-azure-uaenorth OBJ 17.9322129325
 x_w0862_c062-azure-uaenorth r62_serve -100
 x_w0862_c062-azure-uaenorth r200_replicas 1
 x_w0862_c062-azure-uaenorth r390_capacity 0.25
 x_w0862_c062-azure-uaenorth r391_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c062-azure-uaenorth OBJ 0
 r_w0862_frankfurt_c062-azure-uaenorth r62_serve 1
 r_w0862_frankfurt_c062-azure-uaenorth r201_demand 1
 r_w0862_london_c062-azure-uaenorth OBJ 0
 r_w0862_london_c062-azure-uaenorth r62_serve 1
 r_w0862_london_c062-azure-uaenorth r202_demand 1
 r_w0862_mumbai_c062-azure-uaenorth OBJ 0
 r_w0862_mumbai_c062-azure-uaenorth r62_serve 1
 r_w0862_mumbai_c062-azure-uaenorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c063-aws-eu-central-1 OBJ 21.48129536
 x_w0862_c063-aws-eu-central-1 r63_serve -100
 x_w0862_c063-aws-eu-central-1 r200_replicas 1
 x_w0862_c063-aws-eu-central-1 r393_capacity 0.25
 x_w0862_c063-aws-eu-central-1 r394_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c063-aws-eu-central-1 OBJ 0
 r_w0862_frankfurt_c063-aws-eu-central-1 r63_serve 1
 r_w0862_frankfurt_c063-aws-eu-central-1 r201_demand 1
 r_w0862_london_c063-aws-eu-central-1 OBJ 0
 r_w0862_london_c063-aws-eu-central-1 r63_serve 1
 r_w0862_london_c063-aws-eu-central-1 r202_demand 1
 r_w0862_mumbai_c063-aws-eu-central-1 OBJ 0
 r_w0862_mumbai_c063-aws-eu-central-1 r63_serve 1
 r_w0862_mumbai_c063-aws-eu-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c064-azure-northcentralus OBJ 17.9322129325
 x_w0862_c064-azure-northcentralus r64_serve -100
 x_w0862_c064-azure-northcentralus r200_replicas 1
 x_w0862_c064-azure-northcentralus r396_capacity 0.25
 x_w0862_c064-azure-northcentralus r397_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c064-azure-northcentralus OBJ 0
 r_w0862_frankfurt_c064-azure-northcentralus r64_serve 1
 r_w0862_frankfurt_c064-azure-northcentralus r201_demand 1
 r_w0862_london_c064-azure-northcentralus OBJ 0
 r_w0862_london_c064-azure-northcentralus r64_serve 1
 r_w0862_london_c064-azure-northcentralus r202_demand 1
 r_w0862_mumbai_c064-azure-northcentralus OBJ 0
 r_w0862_mumbai_c064-azure-northcentralus r64_serve 1
 r_w0862_mumbai_c064-azure-northcentralus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c065-gcp-us-east4 OBJ 20.431512655
 x_w0862_c065-gcp-us-east4 r65_serve -100
 x_w0862_c065-gcp-us-east4 r200_replicas 1
 x_w0862_c065-gcp-us-east4 r399_capacity 0.25
 x_w0862_c065-gcp-us-east4 r400_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c065-gcp-us-east4 OBJ 0
 r_w0862_frankfurt_c065-gcp-us-east4 r65_serve 1
 r_w0862_frankfurt_c065-gcp-us-east4 r201_demand 1
 r_w0862_london_c065-gcp-us-east4 OBJ 0
 r_w0862_london_c065-gcp-us-east4 r65_serve 1
 r_w0862_london_c065-gcp-us-east4 r202_demand 1
 r_w0862_mumbai_c065-gcp-us-east4 OBJ 0
 r_w0862_mumbai_c065-gcp-us-east4 r65_serve 1
 r_w0862_mumbai_c065-gcp-us-east4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c066-gcp-europe-north2 OBJ 19.9729341375
 x_w0862_c066-gcp-europe-north2 r66_serve -100
 x_w0862_c066-gcp-europe-north2 r200_replicas 1
 x_w0862_c066-gcp-europe-north2 r402_capacity 0.25
 x_w0862_c066-gcp-europe-north2 r403_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c066-gcp-europe-north2 OBJ 0
 r_w0862_frankfurt_c066-gcp-europe-north2 r66_serve 1
 r_w0862_frankfurt_c066-gcp-europe-north2 r201_demand 1
 r_w0862_london_c066-gcp-europe-north2 OBJ 0
 r_w0862_london_c066-gcp-europe-north2 r66_serve 1
 r_w0862_london_c066-gcp-europe-north2 r202_demand 1
 r_w0862_mumbai_c066-gcp-europe-north2 OBJ 0
 r_w0862_mumbai_c066-gcp-europe-north2 r66_serve 1
 r_w0862_mumbai_c066-gcp-europe-north2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c067-gcp-southamerica-west1 OBJ 25.94193335
 x_w0862_c067-gcp-southamerica-west1 r67_serve -100
 x_w0862_c067-gcp-southamerica-west1 r200_replicas 1
 x_w0862_c067-gcp-southamerica-west1 r405_capacity 0.25
 x_w0862_c067-gcp-southamerica-west1 r406_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c067-gcp-southamerica-west1 OBJ 0
 r_w0862_frankfurt_c067-gcp-southamerica-west1 r67_serve 1
 r_w0862_frankfurt_c067-gcp-southamerica-west1 r201_demand 1
 r_w0862_london_c067-gcp-southamerica-west1 OBJ 0
 r_w0862_london_c067-gcp-southamerica-west1 r67_serve 1
 r_w0862_london_c067-gcp-southamerica-west1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c068-azure-brazilsouth OBJ 17.9322129325
 x_w0862_c068-azure-brazilsouth r68_serve -100
 x_w0862_c068-azure-brazilsouth r200_replicas 1
 x_w0862_c068-azure-brazilsouth r408_capacity 0.25
 x_w0862_c068-azure-brazilsouth r409_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c068-azure-brazilsouth OBJ 0
 r_w0862_frankfurt_c068-azure-brazilsouth r68_serve 1
 r_w0862_frankfurt_c068-azure-brazilsouth r201_demand 1
 r_w0862_london_c068-azure-brazilsouth OBJ 0
 r_w0862_london_c068-azure-brazilsouth r68_serve 1
 r_w0862_london_c068-azure-brazilsouth r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c069-gcp-europe-north1 OBJ 19.9729341375
 x_w0862_c069-gcp-europe-north1 r69_serve -100
 x_w0862_c069-gcp-europe-north1 r200_replicas 1
 x_w0862_c069-gcp-europe-north1 r411_capacity 0.25
 x_w0862_c069-gcp-europe-north1 r412_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c069-gcp-europe-north1 OBJ 0
 r_w0862_frankfurt_c069-gcp-europe-north1 r69_serve 1
 r_w0862_frankfurt_c069-gcp-europe-north1 r201_demand 1
 r_w0862_london_c069-gcp-europe-north1 OBJ 0
 r_w0862_london_c069-gcp-europe-north1 r69_serve 1
 r_w0862_london_c069-gcp-europe-north1 r202_demand 1
 r_w0862_mumbai_c069-gcp-europe-north1 OBJ 0
 r_w0862_mumbai_c069-gcp-europe-north1 r69_serve 1
 r_w0862_mumbai_c069-gcp-europe-north1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c070-azure-switzerlandwest OBJ 17.9322129325
 x_w0862_c070-azure-switzerlandwest r70_serve -100
 x_w0862_c070-azure-switzerlandwest r200_replicas 1
 x_w0862_c070-azure-switzerlandwest r414_capacity 0.25
 x_w0862_c070-azure-switzerlandwest r415_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c070-azure-switzerlandwest OBJ 0
 r_w0862_frankfurt_c070-azure-switzerlandwest r70_serve 1
 r_w0862_frankfurt_c070-azure-switzerlandwest r201_demand 1
 r_w0862_london_c070-azure-switzerlandwest OBJ 0
 r_w0862_london_c070-azure-switzerlandwest r70_serve 1
 r_w0862_london_c070-azure-switzerlandwest r202_demand 1
 r_w0862_mumbai_c070-azure-switzerlandwest OBJ 0
 r_w0862_mumbai_c070-azure-switzerlandwest r70_serve 1
 r_w0862_mumbai_c070-azure-switzerlandwest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c071-azure-norwaywest OBJ 17.9322129325
 x_w0862_c071-azure-norwaywest r71_serve -100
 x_w0862_c071-azure-norwaywest r200_replicas 1
 x_w0862_c071-azure-norwaywest r417_capacity 0.25
 x_w0862_c071-azure-norwaywest r418_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c071-azure-norwaywest OBJ 0
 r_w0862_frankfurt_c071-azure-norwaywest r71_serve 1
 r_w0862_frankfurt_c071-azure-norwaywest r201_demand 1
 r_w0862_london_c071-azure-norwaywest OBJ 0
 r_w0862_london_c071-azure-norwaywest r71_serve 1
 r_w0862_london_c071-azure-norwaywest r202_demand 1
 r_w0862_mumbai_c071-azure-norwaywest OBJ 0
 r_w0862_mumbai_c071-azure-norwaywest r71_serve 1
 r_w0862_mumbai_c071-azure-norwaywest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c072-gcp-europe-central2 OBJ 23.372583739999996
 x_w0862_c072-gcp-europe-central2 r72_serve -100
 x_w0862_c072-gcp-europe-central2 r200_replicas 1
 x_w0862_c072-gcp-europe-central2 r420_capacity 0.25
 x_w0862_c072-gcp-europe-central2 r421_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c072-gcp-europe-central2 OBJ 0
 r_w0862_frankfurt_c072-gcp-europe-central2 r72_serve 1
 r_w0862_frankfurt_c072-gcp-europe-central2 r201_demand 1
 r_w0862_london_c072-gcp-europe-central2 OBJ 0
 r_w0862_london_c072-gcp-europe-central2 r72_serve 1
 r_w0862_london_c072-gcp-europe-central2 r202_demand 1
 r_w0862_mumbai_c072-gcp-europe-central2 OBJ 0
 r_w0862_mumbai_c072-gcp-europe-central2 r72_serve 1
 r_w0862_mumbai_c072-gcp-europe-central2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c073-aws-mx-central-1 OBJ 17.9322129325
 x_w0862_c073-aws-mx-central-1 r73_serve -100
 x_w0862_c073-aws-mx-central-1 r200_replicas 1
 x_w0862_c073-aws-mx-central-1 r423_capacity 0.25
 x_w0862_c073-aws-mx-central-1 r424_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c073-aws-mx-central-1 OBJ 0
 r_w0862_frankfurt_c073-aws-mx-central-1 r73_serve 1
 r_w0862_frankfurt_c073-aws-mx-central-1 r201_demand 1
 r_w0862_london_c073-aws-mx-central-1 OBJ 0
 r_w0862_london_c073-aws-mx-central-1 r73_serve 1
 r_w0862_london_c073-aws-mx-central-1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c074-aws-ap-southeast-6 OBJ 22.415265572499997
 x_w0862_c074-aws-ap-southeast-6 r74_serve -100
 x_w0862_c074-aws-ap-southeast-6 r200_replicas 1
 x_w0862_c074-aws-ap-southeast-6 r426_capacity 0.25
 x_w0862_c074-aws-ap-southeast-6 r427_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_mumbai_c074-aws-ap-southeast-6 OBJ 0
 r_w0862_mumbai_c074-aws-ap-southeast-6 r74_serve 1
 r_w0862_mumbai_c074-aws-ap-southeast-6 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c075-azure-francecentral OBJ 17.9322129325
 x_w0862_c075-azure-francecentral r75_serve -100
 x_w0862_c075-azure-francecentral r200_replicas 1
 x_w0862_c075-azure-francecentral r429_capacity 0.25
 x_w0862_c075-azure-francecentral r430_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c075-azure-francecentral OBJ 0
 r_w0862_frankfurt_c075-azure-francecentral r75_serve 1
 r_w0862_frankfurt_c075-azure-francecentral r201_demand 1
 r_w0862_london_c075-azure-francecentral OBJ 0
 r_w0862_london_c075-azure-francecentral r75_serve 1
 r_w0862_london_c075-azure-francecentral r202_demand 1
 r_w0862_mumbai_c075-azure-francecentral OBJ 0
 r_w0862_mumbai_c075-azure-francecentral r75_serve 1
 r_w0862_mumbai_c075-azure-francecentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c076-aws-ap-south-2 OBJ 18.8661804075
 x_w0862_c076-aws-ap-south-2 r76_serve -100
 x_w0862_c076-aws-ap-south-2 r200_replicas 1
 x_w0862_c076-aws-ap-south-2 r432_capacity 0.25
 x_w0862_c076-aws-ap-south-2 r433_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c076-aws-ap-south-2 OBJ 0
 r_w0862_frankfurt_c076-aws-ap-south-2 r76_serve 1
 r_w0862_frankfurt_c076-aws-ap-south-2 r201_demand 1
 r_w0862_london_c076-aws-ap-south-2 OBJ 0
 r_w0862_london_c076-aws-ap-south-2 r76_serve 1
 r_w0862_london_c076-aws-ap-south-2 r202_demand 1
 r_w0862_mumbai_c076-aws-ap-south-2 OBJ 0
 r_w0862_mumbai_c076-aws-ap-south-2 r76_serve 1
 r_w0862_mumbai_c076-aws-ap-south-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c077-azure-eastus OBJ 17.9322129325
 x_w0862_c077-azure-eastus r77_serve -100
 x_w0862_c077-azure-eastus r200_replicas 1
 x_w0862_c077-azure-eastus r435_capacity 0.25
 x_w0862_c077-azure-eastus r436_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c077-azure-eastus OBJ 0
 r_w0862_frankfurt_c077-azure-eastus r77_serve 1
 r_w0862_frankfurt_c077-azure-eastus r201_demand 1
 r_w0862_london_c077-azure-eastus OBJ 0
 r_w0862_london_c077-azure-eastus r77_serve 1
 r_w0862_london_c077-azure-eastus r202_demand 1
 r_w0862_mumbai_c077-azure-eastus OBJ 0
 r_w0862_mumbai_c077-azure-eastus r77_serve 1
 r_w0862_mumbai_c077-azure-eastus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c078-gcp-europe-west4 OBJ 19.97106698
 x_w0862_c078-gcp-europe-west4 r78_serve -100
 x_w0862_c078-gcp-europe-west4 r200_replicas 1
 x_w0862_c078-gcp-europe-west4 r438_capacity 0.25
 x_w0862_c078-gcp-europe-west4 r439_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c078-gcp-europe-west4 OBJ 0
 r_w0862_frankfurt_c078-gcp-europe-west4 r78_serve 1
 r_w0862_frankfurt_c078-gcp-europe-west4 r201_demand 1
 r_w0862_london_c078-gcp-europe-west4 OBJ 0
 r_w0862_london_c078-gcp-europe-west4 r78_serve 1
 r_w0862_london_c078-gcp-europe-west4 r202_demand 1
 r_w0862_mumbai_c078-gcp-europe-west4 OBJ 0
 r_w0862_mumbai_c078-gcp-europe-west4 r78_serve 1
 r_w0862_mumbai_c078-gcp-europe-west4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c079-gcp-us-central1 OBJ 18.1414203475
 x_w0862_c079-gcp-us-central1 r79_serve -100
 x_w0862_c079-gcp-us-central1 r200_replicas 1
 x_w0862_c079-gcp-us-central1 r441_capacity 0.25
 x_w0862_c079-gcp-us-central1 r442_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c079-gcp-us-central1 OBJ 0
 r_w0862_frankfurt_c079-gcp-us-central1 r79_serve 1
 r_w0862_frankfurt_c079-gcp-us-central1 r201_demand 1
 r_w0862_london_c079-gcp-us-central1 OBJ 0
 r_w0862_london_c079-gcp-us-central1 r79_serve 1
 r_w0862_london_c079-gcp-us-central1 r202_demand 1
 r_w0862_mumbai_c079-gcp-us-central1 OBJ 0
 r_w0862_mumbai_c079-gcp-us-central1 r79_serve 1
 r_w0862_mumbai_c079-gcp-us-central1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c080-gcp-africa-south1 OBJ 23.72842589
 x_w0862_c080-gcp-africa-south1 r80_serve -100
 x_w0862_c080-gcp-africa-south1 r200_replicas 1
 x_w0862_c080-gcp-africa-south1 r444_capacity 0.25
 x_w0862_c080-gcp-africa-south1 r445_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c080-gcp-africa-south1 OBJ 0
 r_w0862_frankfurt_c080-gcp-africa-south1 r80_serve 1
 r_w0862_frankfurt_c080-gcp-africa-south1 r201_demand 1
 r_w0862_london_c080-gcp-africa-south1 OBJ 0
 r_w0862_london_c080-gcp-africa-south1 r80_serve 1
 r_w0862_london_c080-gcp-africa-south1 r202_demand 1
 r_w0862_mumbai_c080-gcp-africa-south1 OBJ 0
 r_w0862_mumbai_c080-gcp-africa-south1 r80_serve 1
 r_w0862_mumbai_c080-gcp-africa-south1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c081-aws-eu-west-1 OBJ 19.9869435675
 x_w0862_c081-aws-eu-west-1 r81_serve -100
 x_w0862_c081-aws-eu-west-1 r200_replicas 1
 x_w0862_c081-aws-eu-west-1 r447_capacity 0.25
 x_w0862_c081-aws-eu-west-1 r448_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c081-aws-eu-west-1 OBJ 0
 r_w0862_frankfurt_c081-aws-eu-west-1 r81_serve 1
 r_w0862_frankfurt_c081-aws-eu-west-1 r201_demand 1
 r_w0862_london_c081-aws-eu-west-1 OBJ 0
 r_w0862_london_c081-aws-eu-west-1 r81_serve 1
 r_w0862_london_c081-aws-eu-west-1 r202_demand 1
 r_w0862_mumbai_c081-aws-eu-west-1 OBJ 0
 r_w0862_mumbai_c081-aws-eu-west-1 r81_serve 1
 r_w0862_mumbai_c081-aws-eu-west-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c082-azure-switzerlandwest OBJ 17.9322129325
 x_w0862_c082-azure-switzerlandwest r82_serve -100
 x_w0862_c082-azure-switzerlandwest r200_replicas 1
 x_w0862_c082-azure-switzerlandwest r450_capacity 0.25
 x_w0862_c082-azure-switzerlandwest r451_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c082-azure-switzerlandwest OBJ 0
 r_w0862_frankfurt_c082-azure-switzerlandwest r82_serve 1
 r_w0862_frankfurt_c082-azure-switzerlandwest r201_demand 1
 r_w0862_london_c082-azure-switzerlandwest OBJ 0
 r_w0862_london_c082-azure-switzerlandwest r82_serve 1
 r_w0862_london_c082-azure-switzerlandwest r202_demand 1
 r_w0862_mumbai_c082-azure-switzerlandwest OBJ 0
 r_w0862_mumbai_c082-azure-switzerlandwest r82_serve 1
 r_w0862_mumbai_c082-azure-switzerlandwest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c083-gcp-me-west1 OBJ 19.9551903925
 x_w0862_c083-gcp-me-west1 r83_serve -100
 x_w0862_c083-gcp-me-west1 r200_replicas 1
 x_w0862_c083-gcp-me-west1 r453_capacity 0.25
 x_w0862_c083-gcp-me-west1 r454_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c083-gcp-me-west1 OBJ 0
 r_w0862_frankfurt_c083-gcp-me-west1 r83_serve 1
 r_w0862_frankfurt_c083-gcp-me-west1 r201_demand 1
 r_w0862_london_c083-gcp-me-west1 OBJ 0
 r_w0862_london_c083-gcp-me-west1 r83_serve 1
 r_w0862_london_c083-gcp-me-west1 r202_demand 1
 r_w0862_mumbai_c083-gcp-me-west1 OBJ 0
 r_w0862_mumbai_c083-gcp-me-west1 r83_serve 1
 r_w0862_mumbai_c083-gcp-me-west1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c084-azure-westeurope OBJ 17.9322129325
 x_w0862_c084-azure-westeurope r84_serve -100
 x_w0862_c084-azure-westeurope r200_replicas 1
 x_w0862_c084-azure-westeurope r456_capacity 0.25
 x_w0862_c084-azure-westeurope r457_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c084-azure-westeurope OBJ 0
 r_w0862_frankfurt_c084-azure-westeurope r84_serve 1
 r_w0862_frankfurt_c084-azure-westeurope r201_demand 1
 r_w0862_london_c084-azure-westeurope OBJ 0
 r_w0862_london_c084-azure-westeurope r84_serve 1
 r_w0862_london_c084-azure-westeurope r202_demand 1
 r_w0862_mumbai_c084-azure-westeurope OBJ 0
 r_w0862_mumbai_c084-azure-westeurope r84_serve 1
 r_w0862_mumbai_c084-azure-westeurope r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c085-gcp-us-south1 OBJ 21.4065774875
 x_w0862_c085-gcp-us-south1 r85_serve -100
 x_w0862_c085-gcp-us-south1 r200_replicas 1
 x_w0862_c085-gcp-us-south1 r459_capacity 0.25
 x_w0862_c085-gcp-us-south1 r460_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c085-gcp-us-south1 OBJ 0
 r_w0862_frankfurt_c085-gcp-us-south1 r85_serve 1
 r_w0862_frankfurt_c085-gcp-us-south1 r201_demand 1
 r_w0862_london_c085-gcp-us-south1 OBJ 0
 r_w0862_london_c085-gcp-us-south1 r85_serve 1
 r_w0862_london_c085-gcp-us-south1 r202_demand 1
 r_w0862_mumbai_c085-gcp-us-south1 OBJ 0
 r_w0862_mumbai_c085-gcp-us-south1 r85_serve 1
 r_w0862_mumbai_c085-gcp-us-south1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c086-azure-eastasia OBJ 17.9322129325
 x_w0862_c086-azure-eastasia r86_serve -100
 x_w0862_c086-azure-eastasia r200_replicas 1
 x_w0862_c086-azure-eastasia r462_capacity 0.25
 x_w0862_c086-azure-eastasia r463_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c086-azure-eastasia OBJ 0
 r_w0862_frankfurt_c086-azure-eastasia r86_serve 1
 r_w0862_frankfurt_c086-azure-eastasia r201_demand 1
 r_w0862_london_c086-azure-eastasia OBJ 0
 r_w0862_london_c086-azure-eastasia r86_serve 1
 r_w0862_london_c086-azure-eastasia r202_demand 1
 r_w0862_mumbai_c086-azure-eastasia OBJ 0
 r_w0862_mumbai_c086-azure-eastasia r86_serve 1
 r_w0862_mumbai_c086-azure-eastasia r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c087-gcp-europe-west4 OBJ 19.97106698
 x_w0862_c087-gcp-europe-west4 r87_serve -100
 x_w0862_c087-gcp-europe-west4 r200_replicas 1
 x_w0862_c087-gcp-europe-west4 r465_capacity 0.25
 x_w0862_c087-gcp-europe-west4 r466_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c087-gcp-europe-west4 OBJ 0
 r_w0862_frankfurt_c087-gcp-europe-west4 r87_serve 1
 r_w0862_frankfurt_c087-gcp-europe-west4 r201_demand 1
 r_w0862_london_c087-gcp-europe-west4 OBJ 0
 r_w0862_london_c087-gcp-europe-west4 r87_serve 1
 r_w0862_london_c087-gcp-europe-west4 r202_demand 1
 r_w0862_mumbai_c087-gcp-europe-west4 OBJ 0
 r_w0862_mumbai_c087-gcp-europe-west4 r87_serve 1
 r_w0862_mumbai_c087-gcp-europe-west4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c088-azure-eastasia OBJ 17.9322129325
 x_w0862_c088-azure-eastasia r88_serve -100
 x_w0862_c088-azure-eastasia r200_replicas 1
 x_w0862_c088-azure-eastasia r468_capacity 0.25
 x_w0862_c088-azure-eastasia r469_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c088-azure-eastasia OBJ 0
 r_w0862_frankfurt_c088-azure-eastasia r88_serve 1
 r_w0862_frankfurt_c088-azure-eastasia r201_demand 1
 r_w0862_london_c088-azure-eastasia OBJ 0
 r_w0862_london_c088-azure-eastasia r88_serve 1
 r_w0862_london_c088-azure-eastasia r202_demand 1
 r_w0862_mumbai_c088-azure-eastasia OBJ 0
 r_w0862_mumbai_c088-azure-eastasia r88_serve 1
 r_w0862_mumbai_c088-azure-eastasia r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c089-azure-southafricanorth OBJ 17.9322129325
 x_w0862_c089-azure-southafricanorth r89_serve -100
 x_w0862_c089-azure-southafricanorth r200_replicas 1
 x_w0862_c089-azure-southafricanorth r471_capacity 0.25
 x_w0862_c089-azure-southafricanorth r472_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c089-azure-southafricanorth OBJ 0
 r_w0862_frankfurt_c089-azure-southafricanorth r89_serve 1
 r_w0862_frankfurt_c089-azure-southafricanorth r201_demand 1
 r_w0862_london_c089-azure-southafricanorth OBJ 0
 r_w0862_london_c089-azure-southafricanorth r89_serve 1
 r_w0862_london_c089-azure-southafricanorth r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c090-gcp-europe-west10 OBJ 27.936891950000003
 x_w0862_c090-gcp-europe-west10 r90_serve -100
 x_w0862_c090-gcp-europe-west10 r200_replicas 1
 x_w0862_c090-gcp-europe-west10 r474_capacity 0.25
 x_w0862_c090-gcp-europe-west10 r475_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c090-gcp-europe-west10 OBJ 0
 r_w0862_frankfurt_c090-gcp-europe-west10 r90_serve 1
 r_w0862_frankfurt_c090-gcp-europe-west10 r201_demand 1
 r_w0862_london_c090-gcp-europe-west10 OBJ 0
 r_w0862_london_c090-gcp-europe-west10 r90_serve 1
 r_w0862_london_c090-gcp-europe-west10 r202_demand 1
 r_w0862_mumbai_c090-gcp-europe-west10 OBJ 0
 r_w0862_mumbai_c090-gcp-europe-west10 r90_serve 1
 r_w0862_mumbai_c090-gcp-europe-west10 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c091-azure-eastus2 OBJ 17.9322129325
 x_w0862_c091-azure-eastus2 r91_serve -100
 x_w0862_c091-azure-eastus2 r200_replicas 1
 x_w0862_c091-azure-eastus2 r477_capacity 0.25
 x_w0862_c091-azure-eastus2 r478_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c091-azure-eastus2 OBJ 0
 r_w0862_frankfurt_c091-azure-eastus2 r91_serve 1
 r_w0862_frankfurt_c091-azure-eastus2 r201_demand 1
 r_w0862_london_c091-azure-eastus2 OBJ 0
 r_w0862_london_c091-azure-eastus2 r91_serve 1
 r_w0862_london_c091-azure-eastus2 r202_demand 1
 r_w0862_mumbai_c091-azure-eastus2 OBJ 0
 r_w0862_mumbai_c091-azure-eastus2 r91_serve 1
 r_w0862_mumbai_c091-azure-eastus2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c092-aws-ca-central-1 OBJ 19.9869435675
 x_w0862_c092-aws-ca-central-1 r92_serve -100
 x_w0862_c092-aws-ca-central-1 r200_replicas 1
 x_w0862_c092-aws-ca-central-1 r480_capacity 0.25
 x_w0862_c092-aws-ca-central-1 r481_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c092-aws-ca-central-1 OBJ 0
 r_w0862_frankfurt_c092-aws-ca-central-1 r92_serve 1
 r_w0862_frankfurt_c092-aws-ca-central-1 r201_demand 1
 r_w0862_london_c092-aws-ca-central-1 OBJ 0
 r_w0862_london_c092-aws-ca-central-1 r92_serve 1
 r_w0862_london_c092-aws-ca-central-1 r202_demand 1
 r_w0862_mumbai_c092-aws-ca-central-1 OBJ 0
 r_w0862_mumbai_c092-aws-ca-central-1 r92_serve 1
 r_w0862_mumbai_c092-aws-ca-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c093-aws-eu-central-1 OBJ 21.48129536
 x_w0862_c093-aws-eu-central-1 r93_serve -100
 x_w0862_c093-aws-eu-central-1 r200_replicas 1
 x_w0862_c093-aws-eu-central-1 r483_capacity 0.25
 x_w0862_c093-aws-eu-central-1 r484_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c093-aws-eu-central-1 OBJ 0
 r_w0862_frankfurt_c093-aws-eu-central-1 r93_serve 1
 r_w0862_frankfurt_c093-aws-eu-central-1 r201_demand 1
 r_w0862_london_c093-aws-eu-central-1 OBJ 0
 r_w0862_london_c093-aws-eu-central-1 r93_serve 1
 r_w0862_london_c093-aws-eu-central-1 r202_demand 1
 r_w0862_mumbai_c093-aws-eu-central-1 OBJ 0
 r_w0862_mumbai_c093-aws-eu-central-1 r93_serve 1
 r_w0862_mumbai_c093-aws-eu-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c094-azure-koreasouth OBJ 17.9322129325
 x_w0862_c094-azure-koreasouth r94_serve -100
 x_w0862_c094-azure-koreasouth r200_replicas 1
 x_w0862_c094-azure-koreasouth r486_capacity 0.25
 x_w0862_c094-azure-koreasouth r487_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c094-azure-koreasouth OBJ 0
 r_w0862_frankfurt_c094-azure-koreasouth r94_serve 1
 r_w0862_frankfurt_c094-azure-koreasouth r201_demand 1
 r_w0862_london_c094-azure-koreasouth OBJ 0
 r_w0862_london_c094-azure-koreasouth r94_serve 1
 r_w0862_london_c094-azure-koreasouth r202_demand 1
 r_w0862_mumbai_c094-azure-koreasouth OBJ 0
 r_w0862_mumbai_c094-azure-koreasouth r94_serve 1
 r_w0862_mumbai_c094-azure-koreasouth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c095-azure-westcentralus OBJ 21.48129536
 x_w0862_c095-azure-westcentralus r95_serve -100
 x_w0862_c095-azure-westcentralus r200_replicas 1
 x_w0862_c095-azure-westcentralus r489_capacity 0.25
 x_w0862_c095-azure-westcentralus r490_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c095-azure-westcentralus OBJ 0
 r_w0862_frankfurt_c095-azure-westcentralus r95_serve 1
 r_w0862_frankfurt_c095-azure-westcentralus r201_demand 1
 r_w0862_london_c095-azure-westcentralus OBJ 0
 r_w0862_london_c095-azure-westcentralus r95_serve 1
 r_w0862_london_c095-azure-westcentralus r202_demand 1
 r_w0862_mumbai_c095-azure-westcentralus OBJ 0
 r_w0862_mumbai_c095-azure-westcentralus r95_serve 1
 r_w0862_mumbai_c095-azure-westcentralus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c096-azure-spaincentral OBJ 17.9322129325
 x_w0862_c096-azure-spaincentral r96_serve -100
 x_w0862_c096-azure-spaincentral r200_replicas 1
 x_w0862_c096-azure-spaincentral r492_capacity 0.25
 x_w0862_c096-azure-spaincentral r493_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c096-azure-spaincentral OBJ 0
 r_w0862_frankfurt_c096-azure-spaincentral r96_serve 1
 r_w0862_frankfurt_c096-azure-spaincentral r201_demand 1
 r_w0862_london_c096-azure-spaincentral OBJ 0
 r_w0862_london_c096-azure-spaincentral r96_serve 1
 r_w0862_london_c096-azure-spaincentral r202_demand 1
 r_w0862_mumbai_c096-azure-spaincentral OBJ 0
 r_w0862_mumbai_c096-azure-spaincentral r96_serve 1
 r_w0862_mumbai_c096-azure-spaincentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c097-azure-japaneast OBJ 17.9322129325
 x_w0862_c097-azure-japaneast r97_serve -100
 x_w0862_c097-azure-japaneast r200_replicas 1
 x_w0862_c097-azure-japaneast r495_capacity 0.25
 x_w0862_c097-azure-japaneast r496_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c097-azure-japaneast OBJ 0
 r_w0862_frankfurt_c097-azure-japaneast r97_serve 1
 r_w0862_frankfurt_c097-azure-japaneast r201_demand 1
 r_w0862_london_c097-azure-japaneast OBJ 0
 r_w0862_london_c097-azure-japaneast r97_serve 1
 r_w0862_london_c097-azure-japaneast r202_demand 1
 r_w0862_mumbai_c097-azure-japaneast OBJ 0
 r_w0862_mumbai_c097-azure-japaneast r97_serve 1
 r_w0862_mumbai_c097-azure-japaneast r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c098-gcp-southamerica-west1 OBJ 25.94193335
 x_w0862_c098-gcp-southamerica-west1 r98_serve -100
 x_w0862_c098-gcp-southamerica-west1 r200_replicas 1
 x_w0862_c098-gcp-southamerica-west1 r498_capacity 0.25
 x_w0862_c098-gcp-southamerica-west1 r499_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c098-gcp-southamerica-west1 OBJ 0
 r_w0862_frankfurt_c098-gcp-southamerica-west1 r98_serve 1
 r_w0862_frankfurt_c098-gcp-southamerica-west1 r201_demand 1
 r_w0862_london_c098-gcp-southamerica-west1 OBJ 0
 r_w0862_london_c098-gcp-southamerica-west1 r98_serve 1
 r_w0862_london_c098-gcp-southamerica-west1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c099-gcp-europe-west3 OBJ 23.372583739999996
 x_w0862_c099-gcp-europe-west3 r99_serve -100
 x_w0862_c099-gcp-europe-west3 r200_replicas 1
 x_w0862_c099-gcp-europe-west3 r501_capacity 0.25
 x_w0862_c099-gcp-europe-west3 r502_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c099-gcp-europe-west3 OBJ 0
 r_w0862_frankfurt_c099-gcp-europe-west3 r99_serve 1
 r_w0862_frankfurt_c099-gcp-europe-west3 r201_demand 1
 r_w0862_london_c099-gcp-europe-west3 OBJ 0
 r_w0862_london_c099-gcp-europe-west3 r99_serve 1
 r_w0862_london_c099-gcp-europe-west3 r202_demand 1
 r_w0862_mumbai_c099-gcp-europe-west3 OBJ 0
 r_w0862_mumbai_c099-gcp-europe-west3 r99_serve 1
 r_w0862_mumbai_c099-gcp-europe-west3 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c100-aws-sa-east-1 OBJ 23.722821497499996
 x_w0862_c100-aws-sa-east-1 r100_serve -100
 x_w0862_c100-aws-sa-east-1 r200_replicas 1
 x_w0862_c100-aws-sa-east-1 r504_capacity 0.25
 x_w0862_c100-aws-sa-east-1 r505_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c100-aws-sa-east-1 OBJ 0
 r_w0862_frankfurt_c100-aws-sa-east-1 r100_serve 1
 r_w0862_frankfurt_c100-aws-sa-east-1 r201_demand 1
 r_w0862_london_c100-aws-sa-east-1 OBJ 0
 r_w0862_london_c100-aws-sa-east-1 r100_serve 1
 r_w0862_london_c100-aws-sa-east-1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c101-aws-us-west-1 OBJ 20.92091378
 x_w0862_c101-aws-us-west-1 r101_serve -100
 x_w0862_c101-aws-us-west-1 r200_replicas 1
 x_w0862_c101-aws-us-west-1 r507_capacity 0.25
 x_w0862_c101-aws-us-west-1 r508_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c101-aws-us-west-1 OBJ 0
 r_w0862_frankfurt_c101-aws-us-west-1 r101_serve 1
 r_w0862_frankfurt_c101-aws-us-west-1 r201_demand 1
 r_w0862_london_c101-aws-us-west-1 OBJ 0
 r_w0862_london_c101-aws-us-west-1 r101_serve 1
 r_w0862_london_c101-aws-us-west-1 r202_demand 1
 r_w0862_mumbai_c101-aws-us-west-1 OBJ 0
 r_w0862_mumbai_c101-aws-us-west-1 r101_serve 1
 r_w0862_mumbai_c101-aws-us-west-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c102-aws-eu-west-3 OBJ 20.92091378
 x_w0862_c102-aws-eu-west-3 r102_serve -100
 x_w0862_c102-aws-eu-west-3 r200_replicas 1
 x_w0862_c102-aws-eu-west-3 r510_capacity 0.25
 x_w0862_c102-aws-eu-west-3 r511_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c102-aws-eu-west-3 OBJ 0
 r_w0862_frankfurt_c102-aws-eu-west-3 r102_serve 1
 r_w0862_frankfurt_c102-aws-eu-west-3 r201_demand 1
 r_w0862_london_c102-aws-eu-west-3 OBJ 0
 r_w0862_london_c102-aws-eu-west-3 r102_serve 1
 r_w0862_london_c102-aws-eu-west-3 r202_demand 1
 r_w0862_mumbai_c102-aws-eu-west-3 OBJ 0
 r_w0862_mumbai_c102-aws-eu-west-3 r102_serve 1
 r_w0862_mumbai_c102-aws-eu-west-3 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c103-aws-ca-central-1 OBJ 19.9869435675
 x_w0862_c103-aws-ca-central-1 r103_serve -100
 x_w0862_c103-aws-ca-central-1 r200_replicas 1
 x_w0862_c103-aws-ca-central-1 r513_capacity 0.25
 x_w0862_c103-aws-ca-central-1 r514_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c103-aws-ca-central-1 OBJ 0
 r_w0862_frankfurt_c103-aws-ca-central-1 r103_serve 1
 r_w0862_frankfurt_c103-aws-ca-central-1 r201_demand 1
 r_w0862_london_c103-aws-ca-central-1 OBJ 0
 r_w0862_london_c103-aws-ca-central-1 r103_serve 1
 r_w0862_london_c103-aws-ca-central-1 r202_demand 1
 r_w0862_mumbai_c103-aws-ca-central-1 OBJ 0
 r_w0862_mumbai_c103-aws-ca-central-1 r103_serve 1
 r_w0862_mumbai_c103-aws-ca-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c104-aws-us-east-2 OBJ 17.9322129325
 x_w0862_c104-aws-us-east-2 r104_serve -100
 x_w0862_c104-aws-us-east-2 r200_replicas 1
 x_w0862_c104-aws-us-east-2 r516_capacity 0.25
 x_w0862_c104-aws-us-east-2 r517_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c104-aws-us-east-2 OBJ 0
 r_w0862_frankfurt_c104-aws-us-east-2 r104_serve 1
 r_w0862_frankfurt_c104-aws-us-east-2 r201_demand 1
 r_w0862_london_c104-aws-us-east-2 OBJ 0
 r_w0862_london_c104-aws-us-east-2 r104_serve 1
 r_w0862_london_c104-aws-us-east-2 r202_demand 1
 r_w0862_mumbai_c104-aws-us-east-2 OBJ 0
 r_w0862_mumbai_c104-aws-us-east-2 r104_serve 1
 r_w0862_mumbai_c104-aws-us-east-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c105-gcp-europe-north1 OBJ 19.9729341375
 x_w0862_c105-gcp-europe-north1 r105_serve -100
 x_w0862_c105-gcp-europe-north1 r200_replicas 1
 x_w0862_c105-gcp-europe-north1 r519_capacity 0.25
 x_w0862_c105-gcp-europe-north1 r520_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c105-gcp-europe-north1 OBJ 0
 r_w0862_frankfurt_c105-gcp-europe-north1 r105_serve 1
 r_w0862_frankfurt_c105-gcp-europe-north1 r201_demand 1
 r_w0862_london_c105-gcp-europe-north1 OBJ 0
 r_w0862_london_c105-gcp-europe-north1 r105_serve 1
 r_w0862_london_c105-gcp-europe-north1 r202_demand 1
 r_w0862_mumbai_c105-gcp-europe-north1 OBJ 0
 r_w0862_mumbai_c105-gcp-europe-north1 r105_serve 1
 r_w0862_mumbai_c105-gcp-europe-north1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c106-azure-uaecentral OBJ 17.9322129325
 x_w0862_c106-azure-uaecentral r106_serve -100
 x_w0862_c106-azure-uaecentral r200_replicas 1
 x_w0862_c106-azure-uaecentral r522_capacity 0.25
 x_w0862_c106-azure-uaecentral r523_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c106-azure-uaecentral OBJ 0
 r_w0862_frankfurt_c106-azure-uaecentral r106_serve 1
 r_w0862_frankfurt_c106-azure-uaecentral r201_demand 1
 r_w0862_london_c106-azure-uaecentral OBJ 0
 r_w0862_london_c106-azure-uaecentral r106_serve 1
 r_w0862_london_c106-azure-uaecentral r202_demand 1
 r_w0862_mumbai_c106-azure-uaecentral OBJ 0
 r_w0862_mumbai_c106-azure-uaecentral r106_serve 1
 r_w0862_mumbai_c106-azure-uaecentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c107-gcp-us-west4 OBJ 20.4305791675
 x_w0862_c107-gcp-us-west4 r107_serve -100
 x_w0862_c107-gcp-us-west4 r200_replicas 1
 x_w0862_c107-gcp-us-west4 r525_capacity 0.25
 x_w0862_c107-gcp-us-west4 r526_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c107-gcp-us-west4 OBJ 0
 r_w0862_frankfurt_c107-gcp-us-west4 r107_serve 1
 r_w0862_frankfurt_c107-gcp-us-west4 r201_demand 1
 r_w0862_london_c107-gcp-us-west4 OBJ 0
 r_w0862_london_c107-gcp-us-west4 r107_serve 1
 r_w0862_london_c107-gcp-us-west4 r202_demand 1
 r_w0862_mumbai_c107-gcp-us-west4 OBJ 0
 r_w0862_mumbai_c107-gcp-us-west4 r107_serve 1
 r_w0862_mumbai_c107-gcp-us-west4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c108-gcp-europe-west12 OBJ 23.4015360875
 x_w0862_c108-gcp-europe-west12 r108_serve -100
 x_w0862_c108-gcp-europe-west12 r200_replicas 1
 x_w0862_c108-gcp-europe-west12 r528_capacity 0.25
 x_w0862_c108-gcp-europe-west12 r529_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c108-gcp-europe-west12 OBJ 0
 r_w0862_frankfurt_c108-gcp-europe-west12 r108_serve 1
 r_w0862_frankfurt_c108-gcp-europe-west12 r201_demand 1
 r_w0862_london_c108-gcp-europe-west12 OBJ 0
 r_w0862_london_c108-gcp-europe-west12 r108_serve 1
 r_w0862_london_c108-gcp-europe-west12 r202_demand 1
 r_w0862_mumbai_c108-gcp-europe-west12 OBJ 0
 r_w0862_mumbai_c108-gcp-europe-west12 r108_serve 1
 r_w0862_mumbai_c108-gcp-europe-west12 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c109-aws-us-east-1 OBJ 17.9322129325
 x_w0862_c109-aws-us-east-1 r109_serve -100
 x_w0862_c109-aws-us-east-1 r200_replicas 1
 x_w0862_c109-aws-us-east-1 r531_capacity 0.25
 x_w0862_c109-aws-us-east-1 r532_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c109-aws-us-east-1 OBJ 0
 r_w0862_frankfurt_c109-aws-us-east-1 r109_serve 1
 r_w0862_frankfurt_c109-aws-us-east-1 r201_demand 1
 r_w0862_london_c109-aws-us-east-1 OBJ 0
 r_w0862_london_c109-aws-us-east-1 r109_serve 1
 r_w0862_london_c109-aws-us-east-1 r202_demand 1
 r_w0862_mumbai_c109-aws-us-east-1 OBJ 0
 r_w0862_mumbai_c109-aws-us-east-1 r109_serve 1
 r_w0862_mumbai_c109-aws-us-east-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c110-aws-ca-central-1 OBJ 19.9869435675
 x_w0862_c110-aws-ca-central-1 r110_serve -100
 x_w0862_c110-aws-ca-central-1 r200_replicas 1
 x_w0862_c110-aws-ca-central-1 r534_capacity 0.25
 x_w0862_c110-aws-ca-central-1 r535_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c110-aws-ca-central-1 OBJ 0
 r_w0862_frankfurt_c110-aws-ca-central-1 r110_serve 1
 r_w0862_frankfurt_c110-aws-ca-central-1 r201_demand 1
 r_w0862_london_c110-aws-ca-central-1 OBJ 0
 r_w0862_london_c110-aws-ca-central-1 r110_serve 1
 r_w0862_london_c110-aws-ca-central-1 r202_demand 1
 r_w0862_mumbai_c110-aws-ca-central-1 OBJ 0
 r_w0862_mumbai_c110-aws-ca-central-1 r110_serve 1
 r_w0862_mumbai_c110-aws-ca-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c111-gcp-europe-west4 OBJ 19.97106698
 x_w0862_c111-gcp-europe-west4 r111_serve -100
 x_w0862_c111-gcp-europe-west4 r200_replicas 1
 x_w0862_c111-gcp-europe-west4 r537_capacity 0.25
 x_w0862_c111-gcp-europe-west4 r538_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c111-gcp-europe-west4 OBJ 0
 r_w0862_frankfurt_c111-gcp-europe-west4 r111_serve 1
 r_w0862_frankfurt_c111-gcp-europe-west4 r201_demand 1
 r_w0862_london_c111-gcp-europe-west4 OBJ 0
 r_w0862_london_c111-gcp-europe-west4 r111_serve 1
 r_w0862_london_c111-gcp-europe-west4 r202_demand 1
 r_w0862_mumbai_c111-gcp-europe-west4 OBJ 0
 r_w0862_mumbai_c111-gcp-europe-west4 r111_serve 1
 r_w0862_mumbai_c111-gcp-europe-west4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c112-gcp-africa-south1 OBJ 23.72842589
 x_w0862_c112-gcp-africa-south1 r112_serve -100
 x_w0862_c112-gcp-africa-south1 r200_replicas 1
 x_w0862_c112-gcp-africa-south1 r540_capacity 0.25
 x_w0862_c112-gcp-africa-south1 r541_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c112-gcp-africa-south1 OBJ 0
 r_w0862_frankfurt_c112-gcp-africa-south1 r112_serve 1
 r_w0862_frankfurt_c112-gcp-africa-south1 r201_demand 1
 r_w0862_london_c112-gcp-africa-south1 OBJ 0
 r_w0862_london_c112-gcp-africa-south1 r112_serve 1
 r_w0862_london_c112-gcp-africa-south1 r202_demand 1
 r_w0862_mumbai_c112-gcp-africa-south1 OBJ 0
 r_w0862_mumbai_c112-gcp-africa-south1 r112_serve 1
 r_w0862_mumbai_c112-gcp-africa-south1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c113-azure-koreacentral OBJ 17.9322129325
 x_w0862_c113-azure-koreacentral r113_serve -100
 x_w0862_c113-azure-koreacentral r200_replicas 1
 x_w0862_c113-azure-koreacentral r543_capacity 0.25
 x_w0862_c113-azure-koreacentral r544_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c113-azure-koreacentral OBJ 0
 r_w0862_frankfurt_c113-azure-koreacentral r113_serve 1
 r_w0862_frankfurt_c113-azure-koreacentral r201_demand 1
 r_w0862_london_c113-azure-koreacentral OBJ 0
 r_w0862_london_c113-azure-koreacentral r113_serve 1
 r_w0862_london_c113-azure-koreacentral r202_demand 1
 r_w0862_mumbai_c113-azure-koreacentral OBJ 0
 r_w0862_mumbai_c113-azure-koreacentral r113_serve 1
 r_w0862_mumbai_c113-azure-koreacentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c114-azure-polandcentral OBJ 17.9322129325
 x_w0862_c114-azure-polandcentral r114_serve -100
 x_w0862_c114-azure-polandcentral r200_replicas 1
 x_w0862_c114-azure-polandcentral r546_capacity 0.25
 x_w0862_c114-azure-polandcentral r547_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c114-azure-polandcentral OBJ 0
 r_w0862_frankfurt_c114-azure-polandcentral r114_serve 1
 r_w0862_frankfurt_c114-azure-polandcentral r201_demand 1
 r_w0862_london_c114-azure-polandcentral OBJ 0
 r_w0862_london_c114-azure-polandcentral r114_serve 1
 r_w0862_london_c114-azure-polandcentral r202_demand 1
 r_w0862_mumbai_c114-azure-polandcentral OBJ 0
 r_w0862_mumbai_c114-azure-polandcentral r114_serve 1
 r_w0862_mumbai_c114-azure-polandcentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c115-gcp-europe-west2 OBJ 23.372583739999996
 x_w0862_c115-gcp-europe-west2 r115_serve -100
 x_w0862_c115-gcp-europe-west2 r200_replicas 1
 x_w0862_c115-gcp-europe-west2 r549_capacity 0.25
 x_w0862_c115-gcp-europe-west2 r550_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c115-gcp-europe-west2 OBJ 0
 r_w0862_frankfurt_c115-gcp-europe-west2 r115_serve 1
 r_w0862_frankfurt_c115-gcp-europe-west2 r201_demand 1
 r_w0862_london_c115-gcp-europe-west2 OBJ 0
 r_w0862_london_c115-gcp-europe-west2 r115_serve 1
 r_w0862_london_c115-gcp-europe-west2 r202_demand 1
 r_w0862_mumbai_c115-gcp-europe-west2 OBJ 0
 r_w0862_mumbai_c115-gcp-europe-west2 r115_serve 1
 r_w0862_mumbai_c115-gcp-europe-west2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c116-aws-us-east-2 OBJ 17.9322129325
 x_w0862_c116-aws-us-east-2 r116_serve -100
 x_w0862_c116-aws-us-east-2 r200_replicas 1
 x_w0862_c116-aws-us-east-2 r552_capacity 0.25
 x_w0862_c116-aws-us-east-2 r553_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c116-aws-us-east-2 OBJ 0
 r_w0862_frankfurt_c116-aws-us-east-2 r116_serve 1
 r_w0862_frankfurt_c116-aws-us-east-2 r201_demand 1
 r_w0862_london_c116-aws-us-east-2 OBJ 0
 r_w0862_london_c116-aws-us-east-2 r116_serve 1
 r_w0862_london_c116-aws-us-east-2 r202_demand 1
 r_w0862_mumbai_c116-aws-us-east-2 OBJ 0
 r_w0862_mumbai_c116-aws-us-east-2 r116_serve 1
 r_w0862_mumbai_c116-aws-us-east-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c117-azure-northeurope OBJ 17.9322129325
 x_w0862_c117-azure-northeurope r117_serve -100
 x_w0862_c117-azure-northeurope r200_replicas 1
 x_w0862_c117-azure-northeurope r555_capacity 0.25
 x_w0862_c117-azure-northeurope r556_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c117-azure-northeurope OBJ 0
 r_w0862_frankfurt_c117-azure-northeurope r117_serve 1
 r_w0862_frankfurt_c117-azure-northeurope r201_demand 1
 r_w0862_london_c117-azure-northeurope OBJ 0
 r_w0862_london_c117-azure-northeurope r117_serve 1
 r_w0862_london_c117-azure-northeurope r202_demand 1
 r_w0862_mumbai_c117-azure-northeurope OBJ 0
 r_w0862_mumbai_c117-azure-northeurope r117_serve 1
 r_w0862_mumbai_c117-azure-northeurope r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c118-aws-il-central-1 OBJ 24.656791892500003
 x_w0862_c118-aws-il-central-1 r118_serve -100
 x_w0862_c118-aws-il-central-1 r200_replicas 1
 x_w0862_c118-aws-il-central-1 r558_capacity 0.25
 x_w0862_c118-aws-il-central-1 r559_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c118-aws-il-central-1 OBJ 0
 r_w0862_frankfurt_c118-aws-il-central-1 r118_serve 1
 r_w0862_frankfurt_c118-aws-il-central-1 r201_demand 1
 r_w0862_london_c118-aws-il-central-1 OBJ 0
 r_w0862_london_c118-aws-il-central-1 r118_serve 1
 r_w0862_london_c118-aws-il-central-1 r202_demand 1
 r_w0862_mumbai_c118-aws-il-central-1 OBJ 0
 r_w0862_mumbai_c118-aws-il-central-1 r118_serve 1
 r_w0862_mumbai_c118-aws-il-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c119-azure-australiasoutheast OBJ 20.92091378
 x_w0862_c119-azure-australiasoutheast r119_serve -100
 x_w0862_c119-azure-australiasoutheast r200_replicas 1
 x_w0862_c119-azure-australiasoutheast r561_capacity 0.25
 x_w0862_c119-azure-australiasoutheast r562_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_mumbai_c119-azure-australiasoutheast OBJ 0
 r_w0862_mumbai_c119-azure-australiasoutheast r119_serve 1
 r_w0862_mumbai_c119-azure-australiasoutheast r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c120-gcp-europe-west1 OBJ 19.9561240625
 x_w0862_c120-gcp-europe-west1 r120_serve -100
 x_w0862_c120-gcp-europe-west1 r200_replicas 1
 x_w0862_c120-gcp-europe-west1 r564_capacity 0.25
 x_w0862_c120-gcp-europe-west1 r565_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c120-gcp-europe-west1 OBJ 0
 r_w0862_frankfurt_c120-gcp-europe-west1 r120_serve 1
 r_w0862_frankfurt_c120-gcp-europe-west1 r201_demand 1
 r_w0862_london_c120-gcp-europe-west1 OBJ 0
 r_w0862_london_c120-gcp-europe-west1 r120_serve 1
 r_w0862_london_c120-gcp-europe-west1 r202_demand 1
 r_w0862_mumbai_c120-gcp-europe-west1 OBJ 0
 r_w0862_mumbai_c120-gcp-europe-west1 r120_serve 1
 r_w0862_mumbai_c120-gcp-europe-west1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c121-aws-il-central-1 OBJ 24.656791892500003
 x_w0862_c121-aws-il-central-1 r121_serve -100
 x_w0862_c121-aws-il-central-1 r200_replicas 1
 x_w0862_c121-aws-il-central-1 r567_capacity 0.25
 x_w0862_c121-aws-il-central-1 r568_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c121-aws-il-central-1 OBJ 0
 r_w0862_frankfurt_c121-aws-il-central-1 r121_serve 1
 r_w0862_frankfurt_c121-aws-il-central-1 r201_demand 1
 r_w0862_london_c121-aws-il-central-1 OBJ 0
 r_w0862_london_c121-aws-il-central-1 r121_serve 1
 r_w0862_london_c121-aws-il-central-1 r202_demand 1
 r_w0862_mumbai_c121-aws-il-central-1 OBJ 0
 r_w0862_mumbai_c121-aws-il-central-1 r121_serve 1
 r_w0862_mumbai_c121-aws-il-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c122-aws-ap-southeast-7 OBJ 22.415265572499997
 x_w0862_c122-aws-ap-southeast-7 r122_serve -100
 x_w0862_c122-aws-ap-southeast-7 r200_replicas 1
 x_w0862_c122-aws-ap-southeast-7 r570_capacity 0.25
 x_w0862_c122-aws-ap-southeast-7 r571_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c122-aws-ap-southeast-7 OBJ 0
 r_w0862_frankfurt_c122-aws-ap-southeast-7 r122_serve 1
 r_w0862_frankfurt_c122-aws-ap-southeast-7 r201_demand 1
 r_w0862_london_c122-aws-ap-southeast-7 OBJ 0
 r_w0862_london_c122-aws-ap-southeast-7 r122_serve 1
 r_w0862_london_c122-aws-ap-southeast-7 r202_demand 1
 r_w0862_mumbai_c122-aws-ap-southeast-7 OBJ 0
 r_w0862_mumbai_c122-aws-ap-southeast-7 r122_serve 1
 r_w0862_mumbai_c122-aws-ap-southeast-7 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c123-gcp-europe-southwest1 OBJ 21.4065774875
 x_w0862_c123-gcp-europe-southwest1 r123_serve -100
 x_w0862_c123-gcp-europe-southwest1 r200_replicas 1
 x_w0862_c123-gcp-europe-southwest1 r573_capacity 0.25
 x_w0862_c123-gcp-europe-southwest1 r574_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c123-gcp-europe-southwest1 OBJ 0
 r_w0862_frankfurt_c123-gcp-europe-southwest1 r123_serve 1
 r_w0862_frankfurt_c123-gcp-europe-southwest1 r201_demand 1
 r_w0862_london_c123-gcp-europe-southwest1 OBJ 0
 r_w0862_london_c123-gcp-europe-southwest1 r123_serve 1
 r_w0862_london_c123-gcp-europe-southwest1 r202_demand 1
 r_w0862_mumbai_c123-gcp-europe-southwest1 OBJ 0
 r_w0862_mumbai_c123-gcp-europe-southwest1 r123_serve 1
 r_w0862_mumbai_c123-gcp-europe-southwest1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c124-aws-us-west-2 OBJ 17.9322129325
 x_w0862_c124-aws-us-west-2 r124_serve -100
 x_w0862_c124-aws-us-west-2 r200_replicas 1
 x_w0862_c124-aws-us-west-2 r576_capacity 0.25
 x_w0862_c124-aws-us-west-2 r577_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c124-aws-us-west-2 OBJ 0
 r_w0862_frankfurt_c124-aws-us-west-2 r124_serve 1
 r_w0862_frankfurt_c124-aws-us-west-2 r201_demand 1
 r_w0862_london_c124-aws-us-west-2 OBJ 0
 r_w0862_london_c124-aws-us-west-2 r124_serve 1
 r_w0862_london_c124-aws-us-west-2 r202_demand 1
 r_w0862_mumbai_c124-aws-us-west-2 OBJ 0
 r_w0862_mumbai_c124-aws-us-west-2 r124_serve 1
 r_w0862_mumbai_c124-aws-us-west-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c125-aws-us-east-1 OBJ 17.9322129325
 x_w0862_c125-aws-us-east-1 r125_serve -100
 x_w0862_c125-aws-us-east-1 r200_replicas 1
 x_w0862_c125-aws-us-east-1 r579_capacity 0.25
 x_w0862_c125-aws-us-east-1 r580_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c125-aws-us-east-1 OBJ 0
 r_w0862_frankfurt_c125-aws-us-east-1 r125_serve 1
 r_w0862_frankfurt_c125-aws-us-east-1 r201_demand 1
 r_w0862_london_c125-aws-us-east-1 OBJ 0
 r_w0862_london_c125-aws-us-east-1 r125_serve 1
 r_w0862_london_c125-aws-us-east-1 r202_demand 1
 r_w0862_mumbai_c125-aws-us-east-1 OBJ 0
 r_w0862_mumbai_c125-aws-us-east-1 r125_serve 1
 r_w0862_mumbai_c125-aws-us-east-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c126-azure-swedencentral OBJ 17.9322129325
 x_w0862_c126-azure-swedencentral r126_serve -100
 x_w0862_c126-azure-swedencentral r200_replicas 1
 x_w0862_c126-azure-swedencentral r582_capacity 0.25
 x_w0862_c126-azure-swedencentral r583_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c126-azure-swedencentral OBJ 0
 r_w0862_frankfurt_c126-azure-swedencentral r126_serve 1
 r_w0862_frankfurt_c126-azure-swedencentral r201_demand 1
 r_w0862_london_c126-azure-swedencentral OBJ 0
 r_w0862_london_c126-azure-swedencentral r126_serve 1
 r_w0862_london_c126-azure-swedencentral r202_demand 1
 r_w0862_mumbai_c126-azure-swedencentral OBJ 0
 r_w0862_mumbai_c126-azure-swedencentral r126_serve 1
 r_w0862_mumbai_c126-azure-swedencentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c127-azure-koreasouth OBJ 17.9322129325
 x_w0862_c127-azure-koreasouth r127_serve -100
 x_w0862_c127-azure-koreasouth r200_replicas 1
 x_w0862_c127-azure-koreasouth r585_capacity 0.25
 x_w0862_c127-azure-koreasouth r586_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c127-azure-koreasouth OBJ 0
 r_w0862_frankfurt_c127-azure-koreasouth r127_serve 1
 r_w0862_frankfurt_c127-azure-koreasouth r201_demand 1
 r_w0862_london_c127-azure-koreasouth OBJ 0
 r_w0862_london_c127-azure-koreasouth r127_serve 1
 r_w0862_london_c127-azure-koreasouth r202_demand 1
 r_w0862_mumbai_c127-azure-koreasouth OBJ 0
 r_w0862_mumbai_c127-azure-koreasouth r127_serve 1
 r_w0862_mumbai_c127-azure-koreasouth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c128-gcp-asia-southeast2 OBJ 24.3934111775
 x_w0862_c128-gcp-asia-southeast2 r128_serve -100
 x_w0862_c128-gcp-asia-southeast2 r200_replicas 1
 x_w0862_c128-gcp-asia-southeast2 r588_capacity 0.25
 x_w0862_c128-gcp-asia-southeast2 r589_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c128-gcp-asia-southeast2 OBJ 0
 r_w0862_frankfurt_c128-gcp-asia-southeast2 r128_serve 1
 r_w0862_frankfurt_c128-gcp-asia-southeast2 r201_demand 1
 r_w0862_london_c128-gcp-asia-southeast2 OBJ 0
 r_w0862_london_c128-gcp-asia-southeast2 r128_serve 1
 r_w0862_london_c128-gcp-asia-southeast2 r202_demand 1
 r_w0862_mumbai_c128-gcp-asia-southeast2 OBJ 0
 r_w0862_mumbai_c128-gcp-asia-southeast2 r128_serve 1
 r_w0862_mumbai_c128-gcp-asia-southeast2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c129-aws-eu-south-2 OBJ 20.92091378
 x_w0862_c129-aws-eu-south-2 r129_serve -100
 x_w0862_c129-aws-eu-south-2 r200_replicas 1
 x_w0862_c129-aws-eu-south-2 r591_capacity 0.25
 x_w0862_c129-aws-eu-south-2 r592_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c129-aws-eu-south-2 OBJ 0
 r_w0862_frankfurt_c129-aws-eu-south-2 r129_serve 1
 r_w0862_frankfurt_c129-aws-eu-south-2 r201_demand 1
 r_w0862_london_c129-aws-eu-south-2 OBJ 0
 r_w0862_london_c129-aws-eu-south-2 r129_serve 1
 r_w0862_london_c129-aws-eu-south-2 r202_demand 1
 r_w0862_mumbai_c129-aws-eu-south-2 OBJ 0
 r_w0862_mumbai_c129-aws-eu-south-2 r129_serve 1
 r_w0862_mumbai_c129-aws-eu-south-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c130-azure-jioindiawest OBJ 17.9322129325
 x_w0862_c130-azure-jioindiawest r130_serve -100
 x_w0862_c130-azure-jioindiawest r200_replicas 1
 x_w0862_c130-azure-jioindiawest r594_capacity 0.25
 x_w0862_c130-azure-jioindiawest r595_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c130-azure-jioindiawest OBJ 0
 r_w0862_frankfurt_c130-azure-jioindiawest r130_serve 1
 r_w0862_frankfurt_c130-azure-jioindiawest r201_demand 1
 r_w0862_london_c130-azure-jioindiawest OBJ 0
 r_w0862_london_c130-azure-jioindiawest r130_serve 1
 r_w0862_london_c130-azure-jioindiawest r202_demand 1
 r_w0862_mumbai_c130-azure-jioindiawest OBJ 0
 r_w0862_mumbai_c130-azure-jioindiawest r130_serve 1
 r_w0862_mumbai_c130-azure-jioindiawest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c131-azure-canadacentral OBJ 17.9322129325
 x_w0862_c131-azure-canadacentral r131_serve -100
 x_w0862_c131-azure-canadacentral r200_replicas 1
 x_w0862_c131-azure-canadacentral r597_capacity 0.25
 x_w0862_c131-azure-canadacentral r598_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c131-azure-canadacentral OBJ 0
 r_w0862_frankfurt_c131-azure-canadacentral r131_serve 1
 r_w0862_frankfurt_c131-azure-canadacentral r201_demand 1
 r_w0862_london_c131-azure-canadacentral OBJ 0
 r_w0862_london_c131-azure-canadacentral r131_serve 1
 r_w0862_london_c131-azure-canadacentral r202_demand 1
 r_w0862_mumbai_c131-azure-canadacentral OBJ 0
 r_w0862_mumbai_c131-azure-canadacentral r131_serve 1
 r_w0862_mumbai_c131-azure-canadacentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c132-azure-germanynorth OBJ 17.9322129325
 x_w0862_c132-azure-germanynorth r132_serve -100
 x_w0862_c132-azure-germanynorth r200_replicas 1
 x_w0862_c132-azure-germanynorth r600_capacity 0.25
 x_w0862_c132-azure-germanynorth r601_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c132-azure-germanynorth OBJ 0
 r_w0862_frankfurt_c132-azure-germanynorth r132_serve 1
 r_w0862_frankfurt_c132-azure-germanynorth r201_demand 1
 r_w0862_london_c132-azure-germanynorth OBJ 0
 r_w0862_london_c132-azure-germanynorth r132_serve 1
 r_w0862_london_c132-azure-germanynorth r202_demand 1
 r_w0862_mumbai_c132-azure-germanynorth OBJ 0
 r_w0862_mumbai_c132-azure-germanynorth r132_serve 1
 r_w0862_mumbai_c132-azure-germanynorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c133-aws-me-south-1 OBJ 24.656791892500003
 x_w0862_c133-aws-me-south-1 r133_serve -100
 x_w0862_c133-aws-me-south-1 r200_replicas 1
 x_w0862_c133-aws-me-south-1 r603_capacity 0.25
 x_w0862_c133-aws-me-south-1 r604_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c133-aws-me-south-1 OBJ 0
 r_w0862_frankfurt_c133-aws-me-south-1 r133_serve 1
 r_w0862_frankfurt_c133-aws-me-south-1 r201_demand 1
 r_w0862_london_c133-aws-me-south-1 OBJ 0
 r_w0862_london_c133-aws-me-south-1 r133_serve 1
 r_w0862_london_c133-aws-me-south-1 r202_demand 1
 r_w0862_mumbai_c133-aws-me-south-1 OBJ 0
 r_w0862_mumbai_c133-aws-me-south-1 r133_serve 1
 r_w0862_mumbai_c133-aws-me-south-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c134-azure-qatarcentral OBJ 17.9322129325
 x_w0862_c134-azure-qatarcentral r134_serve -100
 x_w0862_c134-azure-qatarcentral r200_replicas 1
 x_w0862_c134-azure-qatarcentral r606_capacity 0.25
 x_w0862_c134-azure-qatarcentral r607_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c134-azure-qatarcentral OBJ 0
 r_w0862_frankfurt_c134-azure-qatarcentral r134_serve 1
 r_w0862_frankfurt_c134-azure-qatarcentral r201_demand 1
 r_w0862_london_c134-azure-qatarcentral OBJ 0
 r_w0862_london_c134-azure-qatarcentral r134_serve 1
 r_w0862_london_c134-azure-qatarcentral r202_demand 1
 r_w0862_mumbai_c134-azure-qatarcentral OBJ 0
 r_w0862_mumbai_c134-azure-qatarcentral r134_serve 1
 r_w0862_mumbai_c134-azure-qatarcentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c135-aws-eu-west-1 OBJ 19.9869435675
 x_w0862_c135-aws-eu-west-1 r135_serve -100
 x_w0862_c135-aws-eu-west-1 r200_replicas 1
 x_w0862_c135-aws-eu-west-1 r609_capacity 0.25
 x_w0862_c135-aws-eu-west-1 r610_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c135-aws-eu-west-1 OBJ 0
 r_w0862_frankfurt_c135-aws-eu-west-1 r135_serve 1
 r_w0862_frankfurt_c135-aws-eu-west-1 r201_demand 1
 r_w0862_london_c135-aws-eu-west-1 OBJ 0
 r_w0862_london_c135-aws-eu-west-1 r135_serve 1
 r_w0862_london_c135-aws-eu-west-1 r202_demand 1
 r_w0862_mumbai_c135-aws-eu-west-1 OBJ 0
 r_w0862_mumbai_c135-aws-eu-west-1 r135_serve 1
 r_w0862_mumbai_c135-aws-eu-west-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c136-gcp-australia-southeast1 OBJ 25.740194565
 x_w0862_c136-gcp-australia-southeast1 r136_serve -100
 x_w0862_c136-gcp-australia-southeast1 r200_replicas 1
 x_w0862_c136-gcp-australia-southeast1 r612_capacity 0.25
 x_w0862_c136-gcp-australia-southeast1 r613_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_london_c136-gcp-australia-southeast1 OBJ 0
 r_w0862_london_c136-gcp-australia-southeast1 r136_serve 1
 r_w0862_london_c136-gcp-australia-southeast1 r202_demand 1
 r_w0862_mumbai_c136-gcp-australia-southeast1 OBJ 0
 r_w0862_mumbai_c136-gcp-australia-southeast1 r136_serve 1
 r_w0862_mumbai_c136-gcp-australia-southeast1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c137-azure-westcentralus OBJ 21.48129536
 x_w0862_c137-azure-westcentralus r137_serve -100
 x_w0862_c137-azure-westcentralus r200_replicas 1
 x_w0862_c137-azure-westcentralus r615_capacity 0.25
 x_w0862_c137-azure-westcentralus r616_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c137-azure-westcentralus OBJ 0
 r_w0862_frankfurt_c137-azure-westcentralus r137_serve 1
 r_w0862_frankfurt_c137-azure-westcentralus r201_demand 1
 r_w0862_london_c137-azure-westcentralus OBJ 0
 r_w0862_london_c137-azure-westcentralus r137_serve 1
 r_w0862_london_c137-azure-westcentralus r202_demand 1
 r_w0862_mumbai_c137-azure-westcentralus OBJ 0
 r_w0862_mumbai_c137-azure-westcentralus r137_serve 1
 r_w0862_mumbai_c137-azure-westcentralus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c138-azure-westeurope OBJ 17.9322129325
 x_w0862_c138-azure-westeurope r138_serve -100
 x_w0862_c138-azure-westeurope r200_replicas 1
 x_w0862_c138-azure-westeurope r618_capacity 0.25
 x_w0862_c138-azure-westeurope r619_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c138-azure-westeurope OBJ 0
 r_w0862_frankfurt_c138-azure-westeurope r138_serve 1
 r_w0862_frankfurt_c138-azure-westeurope r201_demand 1
 r_w0862_london_c138-azure-westeurope OBJ 0
 r_w0862_london_c138-azure-westeurope r138_serve 1
 r_w0862_london_c138-azure-westeurope r202_demand 1
 r_w0862_mumbai_c138-azure-westeurope OBJ 0
 r_w0862_mumbai_c138-azure-westeurope r138_serve 1
 r_w0862_mumbai_c138-azure-westeurope r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c139-azure-qatarcentral OBJ 17.9322129325
 x_w0862_c139-azure-qatarcentral r139_serve -100
 x_w0862_c139-azure-qatarcentral r200_replicas 1
 x_w0862_c139-azure-qatarcentral r621_capacity 0.25
 x_w0862_c139-azure-qatarcentral r622_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c139-azure-qatarcentral OBJ 0
 r_w0862_frankfurt_c139-azure-qatarcentral r139_serve 1
 r_w0862_frankfurt_c139-azure-qatarcentral r201_demand 1
 r_w0862_london_c139-azure-qatarcentral OBJ 0
 r_w0862_london_c139-azure-qatarcentral r139_serve 1
 r_w0862_london_c139-azure-qatarcentral r202_demand 1
 r_w0862_mumbai_c139-azure-qatarcentral OBJ 0
 r_w0862_mumbai_c139-azure-qatarcentral r139_serve 1
 r_w0862_mumbai_c139-azure-qatarcentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c140-gcp-asia-northeast3 OBJ 23.296932562500004
 x_w0862_c140-gcp-asia-northeast3 r140_serve -100
 x_w0862_c140-gcp-asia-northeast3 r200_replicas 1
 x_w0862_c140-gcp-asia-northeast3 r624_capacity 0.25
 x_w0862_c140-gcp-asia-northeast3 r625_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_london_c140-gcp-asia-northeast3 OBJ 0
 r_w0862_london_c140-gcp-asia-northeast3 r140_serve 1
 r_w0862_london_c140-gcp-asia-northeast3 r202_demand 1
 r_w0862_mumbai_c140-gcp-asia-northeast3 OBJ 0
 r_w0862_mumbai_c140-gcp-asia-northeast3 r140_serve 1
 r_w0862_mumbai_c140-gcp-asia-northeast3 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c141-gcp-europe-west1 OBJ 19.9561240625
 x_w0862_c141-gcp-europe-west1 r141_serve -100
 x_w0862_c141-gcp-europe-west1 r200_replicas 1
 x_w0862_c141-gcp-europe-west1 r627_capacity 0.25
 x_w0862_c141-gcp-europe-west1 r628_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c141-gcp-europe-west1 OBJ 0
 r_w0862_frankfurt_c141-gcp-europe-west1 r141_serve 1
 r_w0862_frankfurt_c141-gcp-europe-west1 r201_demand 1
 r_w0862_london_c141-gcp-europe-west1 OBJ 0
 r_w0862_london_c141-gcp-europe-west1 r141_serve 1
 r_w0862_london_c141-gcp-europe-west1 r202_demand 1
 r_w0862_mumbai_c141-gcp-europe-west1 OBJ 0
 r_w0862_mumbai_c141-gcp-europe-west1 r141_serve 1
 r_w0862_mumbai_c141-gcp-europe-west1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c142-aws-mx-central-1 OBJ 17.9322129325
 x_w0862_c142-aws-mx-central-1 r142_serve -100
 x_w0862_c142-aws-mx-central-1 r200_replicas 1
 x_w0862_c142-aws-mx-central-1 r630_capacity 0.25
 x_w0862_c142-aws-mx-central-1 r631_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c142-aws-mx-central-1 OBJ 0
 r_w0862_frankfurt_c142-aws-mx-central-1 r142_serve 1
 r_w0862_frankfurt_c142-aws-mx-central-1 r201_demand 1
 r_w0862_london_c142-aws-mx-central-1 OBJ 0
 r_w0862_london_c142-aws-mx-central-1 r142_serve 1
 r_w0862_london_c142-aws-mx-central-1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c143-azure-australiacentral2 OBJ 20.92091378
 x_w0862_c143-azure-australiacentral2 r143_serve -100
 x_w0862_c143-azure-australiacentral2 r200_replicas 1
 x_w0862_c143-azure-australiacentral2 r633_capacity 0.25
 x_w0862_c143-azure-australiacentral2 r634_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_mumbai_c143-azure-australiacentral2 OBJ 0
 r_w0862_mumbai_c143-azure-australiacentral2 r143_serve 1
 r_w0862_mumbai_c143-azure-australiacentral2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c144-azure-francesouth OBJ 17.9322129325
 x_w0862_c144-azure-francesouth r144_serve -100
 x_w0862_c144-azure-francesouth r200_replicas 1
 x_w0862_c144-azure-francesouth r636_capacity 0.25
 x_w0862_c144-azure-francesouth r637_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c144-azure-francesouth OBJ 0
 r_w0862_frankfurt_c144-azure-francesouth r144_serve 1
 r_w0862_frankfurt_c144-azure-francesouth r201_demand 1
 r_w0862_london_c144-azure-francesouth OBJ 0
 r_w0862_london_c144-azure-francesouth r144_serve 1
 r_w0862_london_c144-azure-francesouth r202_demand 1
 r_w0862_mumbai_c144-azure-francesouth OBJ 0
 r_w0862_mumbai_c144-azure-francesouth r144_serve 1
 r_w0862_mumbai_c144-azure-francesouth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c145-azure-switzerlandnorth OBJ 17.9322129325
 x_w0862_c145-azure-switzerlandnorth r145_serve -100
 x_w0862_c145-azure-switzerlandnorth r200_replicas 1
 x_w0862_c145-azure-switzerlandnorth r639_capacity 0.25
 x_w0862_c145-azure-switzerlandnorth r640_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c145-azure-switzerlandnorth OBJ 0
 r_w0862_frankfurt_c145-azure-switzerlandnorth r145_serve 1
 r_w0862_frankfurt_c145-azure-switzerlandnorth r201_demand 1
 r_w0862_london_c145-azure-switzerlandnorth OBJ 0
 r_w0862_london_c145-azure-switzerlandnorth r145_serve 1
 r_w0862_london_c145-azure-switzerlandnorth r202_demand 1
 r_w0862_mumbai_c145-azure-switzerlandnorth OBJ 0
 r_w0862_mumbai_c145-azure-switzerlandnorth r145_serve 1
 r_w0862_mumbai_c145-azure-switzerlandnorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c146-azure-southcentralus OBJ 21.48129536
 x_w0862_c146-azure-southcentralus r146_serve -100
 x_w0862_c146-azure-southcentralus r200_replicas 1
 x_w0862_c146-azure-southcentralus r642_capacity 0.25
 x_w0862_c146-azure-southcentralus r643_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c146-azure-southcentralus OBJ 0
 r_w0862_frankfurt_c146-azure-southcentralus r146_serve 1
 r_w0862_frankfurt_c146-azure-southcentralus r201_demand 1
 r_w0862_london_c146-azure-southcentralus OBJ 0
 r_w0862_london_c146-azure-southcentralus r146_serve 1
 r_w0862_london_c146-azure-southcentralus r202_demand 1
 r_w0862_mumbai_c146-azure-southcentralus OBJ 0
 r_w0862_mumbai_c146-azure-southcentralus r146_serve 1
 r_w0862_mumbai_c146-azure-southcentralus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c147-azure-spaincentral OBJ 17.9322129325
 x_w0862_c147-azure-spaincentral r147_serve -100
 x_w0862_c147-azure-spaincentral r200_replicas 1
 x_w0862_c147-azure-spaincentral r645_capacity 0.25
 x_w0862_c147-azure-spaincentral r646_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c147-azure-spaincentral OBJ 0
 r_w0862_frankfurt_c147-azure-spaincentral r147_serve 1
 r_w0862_frankfurt_c147-azure-spaincentral r201_demand 1
 r_w0862_london_c147-azure-spaincentral OBJ 0
 r_w0862_london_c147-azure-spaincentral r147_serve 1
 r_w0862_london_c147-azure-spaincentral r202_demand 1
 r_w0862_mumbai_c147-azure-spaincentral OBJ 0
 r_w0862_mumbai_c147-azure-spaincentral r147_serve 1
 r_w0862_mumbai_c147-azure-spaincentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c148-aws-sa-east-1 OBJ 23.722821497499996
 x_w0862_c148-aws-sa-east-1 r148_serve -100
 x_w0862_c148-aws-sa-east-1 r200_replicas 1
 x_w0862_c148-aws-sa-east-1 r648_capacity 0.25
 x_w0862_c148-aws-sa-east-1 r649_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c148-aws-sa-east-1 OBJ 0
 r_w0862_frankfurt_c148-aws-sa-east-1 r148_serve 1
 r_w0862_frankfurt_c148-aws-sa-east-1 r201_demand 1
 r_w0862_london_c148-aws-sa-east-1 OBJ 0
 r_w0862_london_c148-aws-sa-east-1 r148_serve 1
 r_w0862_london_c148-aws-sa-east-1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c149-gcp-us-west2 OBJ 21.7895048275
 x_w0862_c149-gcp-us-west2 r149_serve -100
 x_w0862_c149-gcp-us-west2 r200_replicas 1
 x_w0862_c149-gcp-us-west2 r651_capacity 0.25
 x_w0862_c149-gcp-us-west2 r652_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c149-gcp-us-west2 OBJ 0
 r_w0862_frankfurt_c149-gcp-us-west2 r149_serve 1
 r_w0862_frankfurt_c149-gcp-us-west2 r201_demand 1
 r_w0862_london_c149-gcp-us-west2 OBJ 0
 r_w0862_london_c149-gcp-us-west2 r149_serve 1
 r_w0862_london_c149-gcp-us-west2 r202_demand 1
 r_w0862_mumbai_c149-gcp-us-west2 OBJ 0
 r_w0862_mumbai_c149-gcp-us-west2 r149_serve 1
 r_w0862_mumbai_c149-gcp-us-west2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c150-gcp-europe-west4 OBJ 19.97106698
 x_w0862_c150-gcp-europe-west4 r150_serve -100
 x_w0862_c150-gcp-europe-west4 r200_replicas 1
 x_w0862_c150-gcp-europe-west4 r654_capacity 0.25
 x_w0862_c150-gcp-europe-west4 r655_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c150-gcp-europe-west4 OBJ 0
 r_w0862_frankfurt_c150-gcp-europe-west4 r150_serve 1
 r_w0862_frankfurt_c150-gcp-europe-west4 r201_demand 1
 r_w0862_london_c150-gcp-europe-west4 OBJ 0
 r_w0862_london_c150-gcp-europe-west4 r150_serve 1
 r_w0862_london_c150-gcp-europe-west4 r202_demand 1
 r_w0862_mumbai_c150-gcp-europe-west4 OBJ 0
 r_w0862_mumbai_c150-gcp-europe-west4 r150_serve 1
 r_w0862_mumbai_c150-gcp-europe-west4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c151-gcp-asia-southeast1 OBJ 22.378838754999997
 x_w0862_c151-gcp-asia-southeast1 r151_serve -100
 x_w0862_c151-gcp-asia-southeast1 r200_replicas 1
 x_w0862_c151-gcp-asia-southeast1 r657_capacity 0.25
 x_w0862_c151-gcp-asia-southeast1 r658_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c151-gcp-asia-southeast1 OBJ 0
 r_w0862_frankfurt_c151-gcp-asia-southeast1 r151_serve 1
 r_w0862_frankfurt_c151-gcp-asia-southeast1 r201_demand 1
 r_w0862_london_c151-gcp-asia-southeast1 OBJ 0
 r_w0862_london_c151-gcp-asia-southeast1 r151_serve 1
 r_w0862_london_c151-gcp-asia-southeast1 r202_demand 1
 r_w0862_mumbai_c151-gcp-asia-southeast1 OBJ 0
 r_w0862_mumbai_c151-gcp-asia-southeast1 r151_serve 1
 r_w0862_mumbai_c151-gcp-asia-southeast1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c152-azure-southafricawest OBJ 17.9322129325
 x_w0862_c152-azure-southafricawest r152_serve -100
 x_w0862_c152-azure-southafricawest r200_replicas 1
 x_w0862_c152-azure-southafricawest r660_capacity 0.25
 x_w0862_c152-azure-southafricawest r661_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c152-azure-southafricawest OBJ 0
 r_w0862_frankfurt_c152-azure-southafricawest r152_serve 1
 r_w0862_frankfurt_c152-azure-southafricawest r201_demand 1
 r_w0862_london_c152-azure-southafricawest OBJ 0
 r_w0862_london_c152-azure-southafricawest r152_serve 1
 r_w0862_london_c152-azure-southafricawest r202_demand 1
 r_w0862_mumbai_c152-azure-southafricawest OBJ 0
 r_w0862_mumbai_c152-azure-southafricawest r152_serve 1
 r_w0862_mumbai_c152-azure-southafricawest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c153-azure-italynorth OBJ 17.9322129325
 x_w0862_c153-azure-italynorth r153_serve -100
 x_w0862_c153-azure-italynorth r200_replicas 1
 x_w0862_c153-azure-italynorth r663_capacity 0.25
 x_w0862_c153-azure-italynorth r664_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c153-azure-italynorth OBJ 0
 r_w0862_frankfurt_c153-azure-italynorth r153_serve 1
 r_w0862_frankfurt_c153-azure-italynorth r201_demand 1
 r_w0862_london_c153-azure-italynorth OBJ 0
 r_w0862_london_c153-azure-italynorth r153_serve 1
 r_w0862_london_c153-azure-italynorth r202_demand 1
 r_w0862_mumbai_c153-azure-italynorth OBJ 0
 r_w0862_mumbai_c153-azure-italynorth r153_serve 1
 r_w0862_mumbai_c153-azure-italynorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c154-gcp-us-west1 OBJ 18.1414203475
 x_w0862_c154-gcp-us-west1 r154_serve -100
 x_w0862_c154-gcp-us-west1 r200_replicas 1
 x_w0862_c154-gcp-us-west1 r666_capacity 0.25
 x_w0862_c154-gcp-us-west1 r667_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c154-gcp-us-west1 OBJ 0
 r_w0862_frankfurt_c154-gcp-us-west1 r154_serve 1
 r_w0862_frankfurt_c154-gcp-us-west1 r201_demand 1
 r_w0862_london_c154-gcp-us-west1 OBJ 0
 r_w0862_london_c154-gcp-us-west1 r154_serve 1
 r_w0862_london_c154-gcp-us-west1 r202_demand 1
 r_w0862_mumbai_c154-gcp-us-west1 OBJ 0
 r_w0862_mumbai_c154-gcp-us-west1 r154_serve 1
 r_w0862_mumbai_c154-gcp-us-west1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c155-azure-jioindiawest OBJ 17.9322129325
 x_w0862_c155-azure-jioindiawest r155_serve -100
 x_w0862_c155-azure-jioindiawest r200_replicas 1
 x_w0862_c155-azure-jioindiawest r669_capacity 0.25
 x_w0862_c155-azure-jioindiawest r670_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c155-azure-jioindiawest OBJ 0
 r_w0862_frankfurt_c155-azure-jioindiawest r155_serve 1
 r_w0862_frankfurt_c155-azure-jioindiawest r201_demand 1
 r_w0862_london_c155-azure-jioindiawest OBJ 0
 r_w0862_london_c155-azure-jioindiawest r155_serve 1
 r_w0862_london_c155-azure-jioindiawest r202_demand 1
 r_w0862_mumbai_c155-azure-jioindiawest OBJ 0
 r_w0862_mumbai_c155-azure-jioindiawest r155_serve 1
 r_w0862_mumbai_c155-azure-jioindiawest r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c156-aws-eu-south-2 OBJ 20.92091378
 x_w0862_c156-aws-eu-south-2 r156_serve -100
 x_w0862_c156-aws-eu-south-2 r200_replicas 1
 x_w0862_c156-aws-eu-south-2 r672_capacity 0.25
 x_w0862_c156-aws-eu-south-2 r673_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c156-aws-eu-south-2 OBJ 0
 r_w0862_frankfurt_c156-aws-eu-south-2 r156_serve 1
 r_w0862_frankfurt_c156-aws-eu-south-2 r201_demand 1
 r_w0862_london_c156-aws-eu-south-2 OBJ 0
 r_w0862_london_c156-aws-eu-south-2 r156_serve 1
 r_w0862_london_c156-aws-eu-south-2 r202_demand 1
 r_w0862_mumbai_c156-aws-eu-south-2 OBJ 0
 r_w0862_mumbai_c156-aws-eu-south-2 r156_serve 1
 r_w0862_mumbai_c156-aws-eu-south-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c157-aws-us-west-1 OBJ 20.92091378
 x_w0862_c157-aws-us-west-1 r157_serve -100
 x_w0862_c157-aws-us-west-1 r200_replicas 1
 x_w0862_c157-aws-us-west-1 r675_capacity 0.25
 x_w0862_c157-aws-us-west-1 r676_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c157-aws-us-west-1 OBJ 0
 r_w0862_frankfurt_c157-aws-us-west-1 r157_serve 1
 r_w0862_frankfurt_c157-aws-us-west-1 r201_demand 1
 r_w0862_london_c157-aws-us-west-1 OBJ 0
 r_w0862_london_c157-aws-us-west-1 r157_serve 1
 r_w0862_london_c157-aws-us-west-1 r202_demand 1
 r_w0862_mumbai_c157-aws-us-west-1 OBJ 0
 r_w0862_mumbai_c157-aws-us-west-1 r157_serve 1
 r_w0862_mumbai_c157-aws-us-west-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c158-azure-newzealandnorth OBJ 20.92091378
 x_w0862_c158-azure-newzealandnorth r158_serve -100
 x_w0862_c158-azure-newzealandnorth r200_replicas 1
 x_w0862_c158-azure-newzealandnorth r678_capacity 0.25
 x_w0862_c158-azure-newzealandnorth r679_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_mumbai_c158-azure-newzealandnorth OBJ 0
 r_w0862_mumbai_c158-azure-newzealandnorth r158_serve 1
 r_w0862_mumbai_c158-azure-newzealandnorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c159-azure-francecentral OBJ 17.9322129325
 x_w0862_c159-azure-francecentral r159_serve -100
 x_w0862_c159-azure-francecentral r200_replicas 1
 x_w0862_c159-azure-francecentral r681_capacity 0.25
 x_w0862_c159-azure-francecentral r682_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c159-azure-francecentral OBJ 0
 r_w0862_frankfurt_c159-azure-francecentral r159_serve 1
 r_w0862_frankfurt_c159-azure-francecentral r201_demand 1
 r_w0862_london_c159-azure-francecentral OBJ 0
 r_w0862_london_c159-azure-francecentral r159_serve 1
 r_w0862_london_c159-azure-francecentral r202_demand 1
 r_w0862_mumbai_c159-azure-francecentral OBJ 0
 r_w0862_mumbai_c159-azure-francecentral r159_serve 1
 r_w0862_mumbai_c159-azure-francecentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c160-azure-uaecentral OBJ 17.9322129325
 x_w0862_c160-azure-uaecentral r160_serve -100
 x_w0862_c160-azure-uaecentral r200_replicas 1
 x_w0862_c160-azure-uaecentral r684_capacity 0.25
 x_w0862_c160-azure-uaecentral r685_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c160-azure-uaecentral OBJ 0
 r_w0862_frankfurt_c160-azure-uaecentral r160_serve 1
 r_w0862_frankfurt_c160-azure-uaecentral r201_demand 1
 r_w0862_london_c160-azure-uaecentral OBJ 0
 r_w0862_london_c160-azure-uaecentral r160_serve 1
 r_w0862_london_c160-azure-uaecentral r202_demand 1
 r_w0862_mumbai_c160-azure-uaecentral OBJ 0
 r_w0862_mumbai_c160-azure-uaecentral r160_serve 1
 r_w0862_mumbai_c160-azure-uaecentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c161-aws-ap-east-1 OBJ 24.656791892500003
 x_w0862_c161-aws-ap-east-1 r161_serve -100
 x_w0862_c161-aws-ap-east-1 r200_replicas 1
 x_w0862_c161-aws-ap-east-1 r687_capacity 0.25
 x_w0862_c161-aws-ap-east-1 r688_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c161-aws-ap-east-1 OBJ 0
 r_w0862_frankfurt_c161-aws-ap-east-1 r161_serve 1
 r_w0862_frankfurt_c161-aws-ap-east-1 r201_demand 1
 r_w0862_mumbai_c161-aws-ap-east-1 OBJ 0
 r_w0862_mumbai_c161-aws-ap-east-1 r161_serve 1
 r_w0862_mumbai_c161-aws-ap-east-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c162-azure-germanynorth OBJ 17.9322129325
 x_w0862_c162-azure-germanynorth r162_serve -100
 x_w0862_c162-azure-germanynorth r200_replicas 1
 x_w0862_c162-azure-germanynorth r690_capacity 0.25
 x_w0862_c162-azure-germanynorth r691_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c162-azure-germanynorth OBJ 0
 r_w0862_frankfurt_c162-azure-germanynorth r162_serve 1
 r_w0862_frankfurt_c162-azure-germanynorth r201_demand 1
 r_w0862_london_c162-azure-germanynorth OBJ 0
 r_w0862_london_c162-azure-germanynorth r162_serve 1
 r_w0862_london_c162-azure-germanynorth r202_demand 1
 r_w0862_mumbai_c162-azure-germanynorth OBJ 0
 r_w0862_mumbai_c162-azure-germanynorth r162_serve 1
 r_w0862_mumbai_c162-azure-germanynorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c163-azure-canadacentral OBJ 17.9322129325
 x_w0862_c163-azure-canadacentral r163_serve -100
 x_w0862_c163-azure-canadacentral r200_replicas 1
 x_w0862_c163-azure-canadacentral r693_capacity 0.25
 x_w0862_c163-azure-canadacentral r694_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c163-azure-canadacentral OBJ 0
 r_w0862_frankfurt_c163-azure-canadacentral r163_serve 1
 r_w0862_frankfurt_c163-azure-canadacentral r201_demand 1
 r_w0862_london_c163-azure-canadacentral OBJ 0
 r_w0862_london_c163-azure-canadacentral r163_serve 1
 r_w0862_london_c163-azure-canadacentral r202_demand 1
 r_w0862_mumbai_c163-azure-canadacentral OBJ 0
 r_w0862_mumbai_c163-azure-canadacentral r163_serve 1
 r_w0862_mumbai_c163-azure-canadacentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c164-azure-westcentralus OBJ 21.48129536
 x_w0862_c164-azure-westcentralus r164_serve -100
 x_w0862_c164-azure-westcentralus r200_replicas 1
 x_w0862_c164-azure-westcentralus r696_capacity 0.25
 x_w0862_c164-azure-westcentralus r697_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c164-azure-westcentralus OBJ 0
 r_w0862_frankfurt_c164-azure-westcentralus r164_serve 1
 r_w0862_frankfurt_c164-azure-westcentralus r201_demand 1
 r_w0862_london_c164-azure-westcentralus OBJ 0
 r_w0862_london_c164-azure-westcentralus r164_serve 1
 r_w0862_london_c164-azure-westcentralus r202_demand 1
 r_w0862_mumbai_c164-azure-westcentralus OBJ 0
 r_w0862_mumbai_c164-azure-westcentralus r164_serve 1
 r_w0862_mumbai_c164-azure-westcentralus r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c165-aws-eu-south-1 OBJ 20.92091378
 x_w0862_c165-aws-eu-south-1 r165_serve -100
 x_w0862_c165-aws-eu-south-1 r200_replicas 1
 x_w0862_c165-aws-eu-south-1 r699_capacity 0.25
 x_w0862_c165-aws-eu-south-1 r700_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c165-aws-eu-south-1 OBJ 0
 r_w0862_frankfurt_c165-aws-eu-south-1 r165_serve 1
 r_w0862_frankfurt_c165-aws-eu-south-1 r201_demand 1
 r_w0862_london_c165-aws-eu-south-1 OBJ 0
 r_w0862_london_c165-aws-eu-south-1 r165_serve 1
 r_w0862_london_c165-aws-eu-south-1 r202_demand 1
 r_w0862_mumbai_c165-aws-eu-south-1 OBJ 0
 r_w0862_mumbai_c165-aws-eu-south-1 r165_serve 1
 r_w0862_mumbai_c165-aws-eu-south-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c166-gcp-us-east5 OBJ 18.1414203475
 x_w0862_c166-gcp-us-east5 r166_serve -100
 x_w0862_c166-gcp-us-east5 r200_replicas 1
 x_w0862_c166-gcp-us-east5 r702_capacity 0.25
 x_w0862_c166-gcp-us-east5 r703_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c166-gcp-us-east5 OBJ 0
 r_w0862_frankfurt_c166-gcp-us-east5 r166_serve 1
 r_w0862_frankfurt_c166-gcp-us-east5 r201_demand 1
 r_w0862_london_c166-gcp-us-east5 OBJ 0
 r_w0862_london_c166-gcp-us-east5 r166_serve 1
 r_w0862_london_c166-gcp-us-east5 r202_demand 1
 r_w0862_mumbai_c166-gcp-us-east5 OBJ 0
 r_w0862_mumbai_c166-gcp-us-east5 r166_serve 1
 r_w0862_mumbai_c166-gcp-us-east5 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c167-azure-southafricanorth OBJ 17.9322129325
 x_w0862_c167-azure-southafricanorth r167_serve -100
 x_w0862_c167-azure-southafricanorth r200_replicas 1
 x_w0862_c167-azure-southafricanorth r705_capacity 0.25
 x_w0862_c167-azure-southafricanorth r706_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c167-azure-southafricanorth OBJ 0
 r_w0862_frankfurt_c167-azure-southafricanorth r167_serve 1
 r_w0862_frankfurt_c167-azure-southafricanorth r201_demand 1
 r_w0862_london_c167-azure-southafricanorth OBJ 0
 r_w0862_london_c167-azure-southafricanorth r167_serve 1
 r_w0862_london_c167-azure-southafricanorth r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c168-gcp-europe-west4 OBJ 19.97106698
 x_w0862_c168-gcp-europe-west4 r168_serve -100
 x_w0862_c168-gcp-europe-west4 r200_replicas 1
 x_w0862_c168-gcp-europe-west4 r708_capacity 0.25
 x_w0862_c168-gcp-europe-west4 r709_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c168-gcp-europe-west4 OBJ 0
 r_w0862_frankfurt_c168-gcp-europe-west4 r168_serve 1
 r_w0862_frankfurt_c168-gcp-europe-west4 r201_demand 1
 r_w0862_london_c168-gcp-europe-west4 OBJ 0
 r_w0862_london_c168-gcp-europe-west4 r168_serve 1
 r_w0862_london_c168-gcp-europe-west4 r202_demand 1
 r_w0862_mumbai_c168-gcp-europe-west4 OBJ 0
 r_w0862_mumbai_c168-gcp-europe-west4 r168_serve 1
 r_w0862_mumbai_c168-gcp-europe-west4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c169-gcp-us-east4 OBJ 20.431512655
 x_w0862_c169-gcp-us-east4 r169_serve -100
 x_w0862_c169-gcp-us-east4 r200_replicas 1
 x_w0862_c169-gcp-us-east4 r711_capacity 0.25
 x_w0862_c169-gcp-us-east4 r712_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c169-gcp-us-east4 OBJ 0
 r_w0862_frankfurt_c169-gcp-us-east4 r169_serve 1
 r_w0862_frankfurt_c169-gcp-us-east4 r201_demand 1
 r_w0862_london_c169-gcp-us-east4 OBJ 0
 r_w0862_london_c169-gcp-us-east4 r169_serve 1
 r_w0862_london_c169-gcp-us-east4 r202_demand 1
 r_w0862_mumbai_c169-gcp-us-east4 OBJ 0
 r_w0862_mumbai_c169-gcp-us-east4 r169_serve 1
 r_w0862_mumbai_c169-gcp-us-east4 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c170-gcp-australia-southeast2 OBJ 21.8791656175
 x_w0862_c170-gcp-australia-southeast2 r170_serve -100
 x_w0862_c170-gcp-australia-southeast2 r200_replicas 1
 x_w0862_c170-gcp-australia-southeast2 r714_capacity 0.25
 x_w0862_c170-gcp-australia-southeast2 r715_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_mumbai_c170-gcp-australia-southeast2 OBJ 0
 r_w0862_mumbai_c170-gcp-australia-southeast2 r170_serve 1
 r_w0862_mumbai_c170-gcp-australia-southeast2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c171-gcp-europe-west9 OBJ 21.04326397
 x_w0862_c171-gcp-europe-west9 r171_serve -100
 x_w0862_c171-gcp-europe-west9 r200_replicas 1
 x_w0862_c171-gcp-europe-west9 r717_capacity 0.25
 x_w0862_c171-gcp-europe-west9 r718_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c171-gcp-europe-west9 OBJ 0
 r_w0862_frankfurt_c171-gcp-europe-west9 r171_serve 1
 r_w0862_frankfurt_c171-gcp-europe-west9 r201_demand 1
 r_w0862_london_c171-gcp-europe-west9 OBJ 0
 r_w0862_london_c171-gcp-europe-west9 r171_serve 1
 r_w0862_london_c171-gcp-europe-west9 r202_demand 1
 r_w0862_mumbai_c171-gcp-europe-west9 OBJ 0
 r_w0862_mumbai_c171-gcp-europe-west9 r171_serve 1
 r_w0862_mumbai_c171-gcp-europe-west9 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c172-aws-me-south-1 OBJ 24.656791892500003
 x_w0862_c172-aws-me-south-1 r172_serve -100
 x_w0862_c172-aws-me-south-1 r200_replicas 1
 x_w0862_c172-aws-me-south-1 r720_capacity 0.25
 x_w0862_c172-aws-me-south-1 r721_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c172-aws-me-south-1 OBJ 0
 r_w0862_frankfurt_c172-aws-me-south-1 r172_serve 1
 r_w0862_frankfurt_c172-aws-me-south-1 r201_demand 1
 r_w0862_london_c172-aws-me-south-1 OBJ 0
 r_w0862_london_c172-aws-me-south-1 r172_serve 1
 r_w0862_london_c172-aws-me-south-1 r202_demand 1
 r_w0862_mumbai_c172-aws-me-south-1 OBJ 0
 r_w0862_mumbai_c172-aws-me-south-1 r172_serve 1
 r_w0862_mumbai_c172-aws-me-south-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c173-aws-il-central-1 OBJ 24.656791892500003
 x_w0862_c173-aws-il-central-1 r173_serve -100
 x_w0862_c173-aws-il-central-1 r200_replicas 1
 x_w0862_c173-aws-il-central-1 r723_capacity 0.25
 x_w0862_c173-aws-il-central-1 r724_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c173-aws-il-central-1 OBJ 0
 r_w0862_frankfurt_c173-aws-il-central-1 r173_serve 1
 r_w0862_frankfurt_c173-aws-il-central-1 r201_demand 1
 r_w0862_london_c173-aws-il-central-1 OBJ 0
 r_w0862_london_c173-aws-il-central-1 r173_serve 1
 r_w0862_london_c173-aws-il-central-1 r202_demand 1
 r_w0862_mumbai_c173-aws-il-central-1 OBJ 0
 r_w0862_mumbai_c173-aws-il-central-1 r173_serve 1
 r_w0862_mumbai_c173-aws-il-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c174-aws-eu-central-1 OBJ 21.48129536
 x_w0862_c174-aws-eu-central-1 r174_serve -100
 x_w0862_c174-aws-eu-central-1 r200_replicas 1
 x_w0862_c174-aws-eu-central-1 r726_capacity 0.25
 x_w0862_c174-aws-eu-central-1 r727_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c174-aws-eu-central-1 OBJ 0
 r_w0862_frankfurt_c174-aws-eu-central-1 r174_serve 1
 r_w0862_frankfurt_c174-aws-eu-central-1 r201_demand 1
 r_w0862_london_c174-aws-eu-central-1 OBJ 0
 r_w0862_london_c174-aws-eu-central-1 r174_serve 1
 r_w0862_london_c174-aws-eu-central-1 r202_demand 1
 r_w0862_mumbai_c174-aws-eu-central-1 OBJ 0
 r_w0862_mumbai_c174-aws-eu-central-1 r174_serve 1
 r_w0862_mumbai_c174-aws-eu-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c175-azure-eastasia OBJ 17.9322129325
 x_w0862_c175-azure-eastasia r175_serve -100
 x_w0862_c175-azure-eastasia r200_replicas 1
 x_w0862_c175-azure-eastasia r729_capacity 0.25
 x_w0862_c175-azure-eastasia r730_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c175-azure-eastasia OBJ 0
 r_w0862_frankfurt_c175-azure-eastasia r175_serve 1
 r_w0862_frankfurt_c175-azure-eastasia r201_demand 1
 r_w0862_london_c175-azure-eastasia OBJ 0
 r_w0862_london_c175-azure-eastasia r175_serve 1
 r_w0862_london_c175-azure-eastasia r202_demand 1
 r_w0862_mumbai_c175-azure-eastasia OBJ 0
 r_w0862_mumbai_c175-azure-eastasia r175_serve 1
 r_w0862_mumbai_c175-azure-eastasia r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c176-aws-us-east-2 OBJ 17.9322129325
 x_w0862_c176-aws-us-east-2 r176_serve -100
 x_w0862_c176-aws-us-east-2 r200_replicas 1
 x_w0862_c176-aws-us-east-2 r732_capacity 0.25
 x_w0862_c176-aws-us-east-2 r733_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c176-aws-us-east-2 OBJ 0
 r_w0862_frankfurt_c176-aws-us-east-2 r176_serve 1
 r_w0862_frankfurt_c176-aws-us-east-2 r201_demand 1
 r_w0862_london_c176-aws-us-east-2 OBJ 0
 r_w0862_london_c176-aws-us-east-2 r176_serve 1
 r_w0862_london_c176-aws-us-east-2 r202_demand 1
 r_w0862_mumbai_c176-aws-us-east-2 OBJ 0
 r_w0862_mumbai_c176-aws-us-east-2 r176_serve 1
 r_w0862_mumbai_c176-aws-us-east-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c177-azure-francesouth OBJ 17.9322129325
 x_w0862_c177-azure-francesouth r177_serve -100
 x_w0862_c177-azure-francesouth r200_replicas 1
 x_w0862_c177-azure-francesouth r735_capacity 0.25
 x_w0862_c177-azure-francesouth r736_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c177-azure-francesouth OBJ 0
 r_w0862_frankfurt_c177-azure-francesouth r177_serve 1
 r_w0862_frankfurt_c177-azure-francesouth r201_demand 1
 r_w0862_london_c177-azure-francesouth OBJ 0
 r_w0862_london_c177-azure-francesouth r177_serve 1
 r_w0862_london_c177-azure-francesouth r202_demand 1
 r_w0862_mumbai_c177-azure-francesouth OBJ 0
 r_w0862_mumbai_c177-azure-francesouth r177_serve 1
 r_w0862_mumbai_c177-azure-francesouth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c178-aws-us-west-1 OBJ 20.92091378
 x_w0862_c178-aws-us-west-1 r178_serve -100
 x_w0862_c178-aws-us-west-1 r200_replicas 1
 x_w0862_c178-aws-us-west-1 r738_capacity 0.25
 x_w0862_c178-aws-us-west-1 r739_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c178-aws-us-west-1 OBJ 0
 r_w0862_frankfurt_c178-aws-us-west-1 r178_serve 1
 r_w0862_frankfurt_c178-aws-us-west-1 r201_demand 1
 r_w0862_london_c178-aws-us-west-1 OBJ 0
 r_w0862_london_c178-aws-us-west-1 r178_serve 1
 r_w0862_london_c178-aws-us-west-1 r202_demand 1
 r_w0862_mumbai_c178-aws-us-west-1 OBJ 0
 r_w0862_mumbai_c178-aws-us-west-1 r178_serve 1
 r_w0862_mumbai_c178-aws-us-west-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c179-azure-switzerlandnorth OBJ 17.9322129325
 x_w0862_c179-azure-switzerlandnorth r179_serve -100
 x_w0862_c179-azure-switzerlandnorth r200_replicas 1
 x_w0862_c179-azure-switzerlandnorth r741_capacity 0.25
 x_w0862_c179-azure-switzerlandnorth r742_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c179-azure-switzerlandnorth OBJ 0
 r_w0862_frankfurt_c179-azure-switzerlandnorth r179_serve 1
 r_w0862_frankfurt_c179-azure-switzerlandnorth r201_demand 1
 r_w0862_london_c179-azure-switzerlandnorth OBJ 0
 r_w0862_london_c179-azure-switzerlandnorth r179_serve 1
 r_w0862_london_c179-azure-switzerlandnorth r202_demand 1
 r_w0862_mumbai_c179-azure-switzerlandnorth OBJ 0
 r_w0862_mumbai_c179-azure-switzerlandnorth r179_serve 1
 r_w0862_mumbai_c179-azure-switzerlandnorth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c180-azure-francesouth OBJ 17.9322129325
 x_w0862_c180-azure-francesouth r180_serve -100
 x_w0862_c180-azure-francesouth r200_replicas 1
 x_w0862_c180-azure-francesouth r744_capacity 0.25
 x_w0862_c180-azure-francesouth r745_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c180-azure-francesouth OBJ 0
 r_w0862_frankfurt_c180-azure-francesouth r180_serve 1
 r_w0862_frankfurt_c180-azure-francesouth r201_demand 1
 r_w0862_london_c180-azure-francesouth OBJ 0
 r_w0862_london_c180-azure-francesouth r180_serve 1
 r_w0862_london_c180-azure-francesouth r202_demand 1
 r_w0862_mumbai_c180-azure-francesouth OBJ 0
 r_w0862_mumbai_c180-azure-francesouth r180_serve 1
 r_w0862_mumbai_c180-azure-francesouth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c181-azure-southeastasia OBJ 17.9322129325
 x_w0862_c181-azure-southeastasia r181_serve -100
 x_w0862_c181-azure-southeastasia r200_replicas 1
 x_w0862_c181-azure-southeastasia r747_capacity 0.25
 x_w0862_c181-azure-southeastasia r748_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c181-azure-southeastasia OBJ 0
 r_w0862_frankfurt_c181-azure-southeastasia r181_serve 1
 r_w0862_frankfurt_c181-azure-southeastasia r201_demand 1
 r_w0862_london_c181-azure-southeastasia OBJ 0
 r_w0862_london_c181-azure-southeastasia r181_serve 1
 r_w0862_london_c181-azure-southeastasia r202_demand 1
 r_w0862_mumbai_c181-azure-southeastasia OBJ 0
 r_w0862_mumbai_c181-azure-southeastasia r181_serve 1
 r_w0862_mumbai_c181-azure-southeastasia r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c182-azure-westus2 OBJ 17.9322129325
 x_w0862_c182-azure-westus2 r182_serve -100
 x_w0862_c182-azure-westus2 r200_replicas 1
 x_w0862_c182-azure-westus2 r750_capacity 0.25
 x_w0862_c182-azure-westus2 r751_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c182-azure-westus2 OBJ 0
 r_w0862_frankfurt_c182-azure-westus2 r182_serve 1
 r_w0862_frankfurt_c182-azure-westus2 r201_demand 1
 r_w0862_london_c182-azure-westus2 OBJ 0
 r_w0862_london_c182-azure-westus2 r182_serve 1
 r_w0862_london_c182-azure-westus2 r202_demand 1
 r_w0862_mumbai_c182-azure-westus2 OBJ 0
 r_w0862_mumbai_c182-azure-westus2 r182_serve 1
 r_w0862_mumbai_c182-azure-westus2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c183-aws-eu-central-1 OBJ 21.48129536
 x_w0862_c183-aws-eu-central-1 r183_serve -100
 x_w0862_c183-aws-eu-central-1 r200_replicas 1
 x_w0862_c183-aws-eu-central-1 r753_capacity 0.25
 x_w0862_c183-aws-eu-central-1 r754_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c183-aws-eu-central-1 OBJ 0
 r_w0862_frankfurt_c183-aws-eu-central-1 r183_serve 1
 r_w0862_frankfurt_c183-aws-eu-central-1 r201_demand 1
 r_w0862_london_c183-aws-eu-central-1 OBJ 0
 r_w0862_london_c183-aws-eu-central-1 r183_serve 1
 r_w0862_london_c183-aws-eu-central-1 r202_demand 1
 r_w0862_mumbai_c183-aws-eu-central-1 OBJ 0
 r_w0862_mumbai_c183-aws-eu-central-1 r183_serve 1
 r_w0862_mumbai_c183-aws-eu-central-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c184-gcp-europe-west2 OBJ 23.372583739999996
 x_w0862_c184-gcp-europe-west2 r184_serve -100
 x_w0862_c184-gcp-europe-west2 r200_replicas 1
 x_w0862_c184-gcp-europe-west2 r756_capacity 0.25
 x_w0862_c184-gcp-europe-west2 r757_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c184-gcp-europe-west2 OBJ 0
 r_w0862_frankfurt_c184-gcp-europe-west2 r184_serve 1
 r_w0862_frankfurt_c184-gcp-europe-west2 r201_demand 1
 r_w0862_london_c184-gcp-europe-west2 OBJ 0
 r_w0862_london_c184-gcp-europe-west2 r184_serve 1
 r_w0862_london_c184-gcp-europe-west2 r202_demand 1
 r_w0862_mumbai_c184-gcp-europe-west2 OBJ 0
 r_w0862_mumbai_c184-gcp-europe-west2 r184_serve 1
 r_w0862_mumbai_c184-gcp-europe-west2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c185-aws-ap-east-1 OBJ 24.656791892500003
 x_w0862_c185-aws-ap-east-1 r185_serve -100
 x_w0862_c185-aws-ap-east-1 r200_replicas 1
 x_w0862_c185-aws-ap-east-1 r759_capacity 0.25
 x_w0862_c185-aws-ap-east-1 r760_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c185-aws-ap-east-1 OBJ 0
 r_w0862_frankfurt_c185-aws-ap-east-1 r185_serve 1
 r_w0862_frankfurt_c185-aws-ap-east-1 r201_demand 1
 r_w0862_mumbai_c185-aws-ap-east-1 OBJ 0
 r_w0862_mumbai_c185-aws-ap-east-1 r185_serve 1
 r_w0862_mumbai_c185-aws-ap-east-1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c186-azure-francecentral OBJ 17.9322129325
 x_w0862_c186-azure-francecentral r186_serve -100
 x_w0862_c186-azure-francecentral r200_replicas 1
 x_w0862_c186-azure-francecentral r762_capacity 0.25
 x_w0862_c186-azure-francecentral r763_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c186-azure-francecentral OBJ 0
 r_w0862_frankfurt_c186-azure-francecentral r186_serve 1
 r_w0862_frankfurt_c186-azure-francecentral r201_demand 1
 r_w0862_london_c186-azure-francecentral OBJ 0
 r_w0862_london_c186-azure-francecentral r186_serve 1
 r_w0862_london_c186-azure-francecentral r202_demand 1
 r_w0862_mumbai_c186-azure-francecentral OBJ 0
 r_w0862_mumbai_c186-azure-francecentral r186_serve 1
 r_w0862_mumbai_c186-azure-francecentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c187-gcp-asia-east1 OBJ 21.004969995000003
 x_w0862_c187-gcp-asia-east1 r187_serve -100
 x_w0862_c187-gcp-asia-east1 r200_replicas 1
 x_w0862_c187-gcp-asia-east1 r765_capacity 0.25
 x_w0862_c187-gcp-asia-east1 r766_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c187-gcp-asia-east1 OBJ 0
 r_w0862_frankfurt_c187-gcp-asia-east1 r187_serve 1
 r_w0862_frankfurt_c187-gcp-asia-east1 r201_demand 1
 r_w0862_london_c187-gcp-asia-east1 OBJ 0
 r_w0862_london_c187-gcp-asia-east1 r187_serve 1
 r_w0862_london_c187-gcp-asia-east1 r202_demand 1
 r_w0862_mumbai_c187-gcp-asia-east1 OBJ 0
 r_w0862_mumbai_c187-gcp-asia-east1 r187_serve 1
 r_w0862_mumbai_c187-gcp-asia-east1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c188-aws-sa-east-1 OBJ 23.722821497499996
 x_w0862_c188-aws-sa-east-1 r188_serve -100
 x_w0862_c188-aws-sa-east-1 r200_replicas 1
 x_w0862_c188-aws-sa-east-1 r768_capacity 0.25
 x_w0862_c188-aws-sa-east-1 r769_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c188-aws-sa-east-1 OBJ 0
 r_w0862_frankfurt_c188-aws-sa-east-1 r188_serve 1
 r_w0862_frankfurt_c188-aws-sa-east-1 r201_demand 1
 r_w0862_london_c188-aws-sa-east-1 OBJ 0
 r_w0862_london_c188-aws-sa-east-1 r188_serve 1
 r_w0862_london_c188-aws-sa-east-1 r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c189-azure-swedencentral OBJ 17.9322129325
 x_w0862_c189-azure-swedencentral r189_serve -100
 x_w0862_c189-azure-swedencentral r200_replicas 1
 x_w0862_c189-azure-swedencentral r771_capacity 0.25
 x_w0862_c189-azure-swedencentral r772_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c189-azure-swedencentral OBJ 0
 r_w0862_frankfurt_c189-azure-swedencentral r189_serve 1
 r_w0862_frankfurt_c189-azure-swedencentral r201_demand 1
 r_w0862_london_c189-azure-swedencentral OBJ 0
 r_w0862_london_c189-azure-swedencentral r189_serve 1
 r_w0862_london_c189-azure-swedencentral r202_demand 1
 r_w0862_mumbai_c189-azure-swedencentral OBJ 0
 r_w0862_mumbai_c189-azure-swedencentral r189_serve 1
 r_w0862_mumbai_c189-azure-swedencentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c190-gcp-asia-south2 OBJ 21.788571339999997
 x_w0862_c190-gcp-asia-south2 r190_serve -100
 x_w0862_c190-gcp-asia-south2 r200_replicas 1
 x_w0862_c190-gcp-asia-south2 r774_capacity 0.25
 x_w0862_c190-gcp-asia-south2 r775_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c190-gcp-asia-south2 OBJ 0
 r_w0862_frankfurt_c190-gcp-asia-south2 r190_serve 1
 r_w0862_frankfurt_c190-gcp-asia-south2 r201_demand 1
 r_w0862_london_c190-gcp-asia-south2 OBJ 0
 r_w0862_london_c190-gcp-asia-south2 r190_serve 1
 r_w0862_london_c190-gcp-asia-south2 r202_demand 1
 r_w0862_mumbai_c190-gcp-asia-south2 OBJ 0
 r_w0862_mumbai_c190-gcp-asia-south2 r190_serve 1
 r_w0862_mumbai_c190-gcp-asia-south2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c191-azure-koreacentral OBJ 17.9322129325
 x_w0862_c191-azure-koreacentral r191_serve -100
 x_w0862_c191-azure-koreacentral r200_replicas 1
 x_w0862_c191-azure-koreacentral r777_capacity 0.25
 x_w0862_c191-azure-koreacentral r778_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c191-azure-koreacentral OBJ 0
 r_w0862_frankfurt_c191-azure-koreacentral r191_serve 1
 r_w0862_frankfurt_c191-azure-koreacentral r201_demand 1
 r_w0862_london_c191-azure-koreacentral OBJ 0
 r_w0862_london_c191-azure-koreacentral r191_serve 1
 r_w0862_london_c191-azure-koreacentral r202_demand 1
 r_w0862_mumbai_c191-azure-koreacentral OBJ 0
 r_w0862_mumbai_c191-azure-koreacentral r191_serve 1
 r_w0862_mumbai_c191-azure-koreacentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c192-gcp-europe-north1 OBJ 19.9729341375
 x_w0862_c192-gcp-europe-north1 r192_serve -100
 x_w0862_c192-gcp-europe-north1 r200_replicas 1
 x_w0862_c192-gcp-europe-north1 r780_capacity 0.25
 x_w0862_c192-gcp-europe-north1 r781_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c192-gcp-europe-north1 OBJ 0
 r_w0862_frankfurt_c192-gcp-europe-north1 r192_serve 1
 r_w0862_frankfurt_c192-gcp-europe-north1 r201_demand 1
 r_w0862_london_c192-gcp-europe-north1 OBJ 0
 r_w0862_london_c192-gcp-europe-north1 r192_serve 1
 r_w0862_london_c192-gcp-europe-north1 r202_demand 1
 r_w0862_mumbai_c192-gcp-europe-north1 OBJ 0
 r_w0862_mumbai_c192-gcp-europe-north1 r192_serve 1
 r_w0862_mumbai_c192-gcp-europe-north1 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c193-azure-australiaeast OBJ 20.92091378
 x_w0862_c193-azure-australiaeast r193_serve -100
 x_w0862_c193-azure-australiaeast r200_replicas 1
 x_w0862_c193-azure-australiaeast r783_capacity 0.25
 x_w0862_c193-azure-australiaeast r784_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_london_c193-azure-australiaeast OBJ 0
 r_w0862_london_c193-azure-australiaeast r193_serve 1
 r_w0862_london_c193-azure-australiaeast r202_demand 1
 r_w0862_mumbai_c193-azure-australiaeast OBJ 0
 r_w0862_mumbai_c193-azure-australiaeast r193_serve 1
 r_w0862_mumbai_c193-azure-australiaeast r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c194-azure-uksouth OBJ 17.9322129325
 x_w0862_c194-azure-uksouth r194_serve -100
 x_w0862_c194-azure-uksouth r200_replicas 1
 x_w0862_c194-azure-uksouth r786_capacity 0.25
 x_w0862_c194-azure-uksouth r787_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c194-azure-uksouth OBJ 0
 r_w0862_frankfurt_c194-azure-uksouth r194_serve 1
 r_w0862_frankfurt_c194-azure-uksouth r201_demand 1
 r_w0862_london_c194-azure-uksouth OBJ 0
 r_w0862_london_c194-azure-uksouth r194_serve 1
 r_w0862_london_c194-azure-uksouth r202_demand 1
 r_w0862_mumbai_c194-azure-uksouth OBJ 0
 r_w0862_mumbai_c194-azure-uksouth r194_serve 1
 r_w0862_mumbai_c194-azure-uksouth r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c195-gcp-europe-west3 OBJ 23.372583739999996
 x_w0862_c195-gcp-europe-west3 r195_serve -100
 x_w0862_c195-gcp-europe-west3 r200_replicas 1
 x_w0862_c195-gcp-europe-west3 r789_capacity 0.25
 x_w0862_c195-gcp-europe-west3 r790_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c195-gcp-europe-west3 OBJ 0
 r_w0862_frankfurt_c195-gcp-europe-west3 r195_serve 1
 r_w0862_frankfurt_c195-gcp-europe-west3 r201_demand 1
 r_w0862_london_c195-gcp-europe-west3 OBJ 0
 r_w0862_london_c195-gcp-europe-west3 r195_serve 1
 r_w0862_london_c195-gcp-europe-west3 r202_demand 1
 r_w0862_mumbai_c195-gcp-europe-west3 OBJ 0
 r_w0862_mumbai_c195-gcp-europe-west3 r195_serve 1
 r_w0862_mumbai_c195-gcp-europe-west3 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c196-azure-qatarcentral OBJ 17.9322129325
 x_w0862_c196-azure-qatarcentral r196_serve -100
 x_w0862_c196-azure-qatarcentral r200_replicas 1
 x_w0862_c196-azure-qatarcentral r792_capacity 0.25
 x_w0862_c196-azure-qatarcentral r793_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c196-azure-qatarcentral OBJ 0
 r_w0862_frankfurt_c196-azure-qatarcentral r196_serve 1
 r_w0862_frankfurt_c196-azure-qatarcentral r201_demand 1
 r_w0862_london_c196-azure-qatarcentral OBJ 0
 r_w0862_london_c196-azure-qatarcentral r196_serve 1
 r_w0862_london_c196-azure-qatarcentral r202_demand 1
 r_w0862_mumbai_c196-azure-qatarcentral OBJ 0
 r_w0862_mumbai_c196-azure-qatarcentral r196_serve 1
 r_w0862_mumbai_c196-azure-qatarcentral r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c197-azure-westus OBJ 20.92091378
 x_w0862_c197-azure-westus r197_serve -100
 x_w0862_c197-azure-westus r200_replicas 1
 x_w0862_c197-azure-westus r795_capacity 0.25
 x_w0862_c197-azure-westus r796_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c197-azure-westus OBJ 0
 r_w0862_frankfurt_c197-azure-westus r197_serve 1
 r_w0862_frankfurt_c197-azure-westus r201_demand 1
 r_w0862_london_c197-azure-westus OBJ 0
 r_w0862_london_c197-azure-westus r197_serve 1
 r_w0862_london_c197-azure-westus r202_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c198-aws-eu-south-2 OBJ 20.92091378
 x_w0862_c198-aws-eu-south-2 r198_serve -100
 x_w0862_c198-aws-eu-south-2 r200_replicas 1
 x_w0862_c198-aws-eu-south-2 r798_capacity 0.25
 x_w0862_c198-aws-eu-south-2 r799_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c198-aws-eu-south-2 OBJ 0
 r_w0862_frankfurt_c198-aws-eu-south-2 r198_serve 1
 r_w0862_frankfurt_c198-aws-eu-south-2 r201_demand 1
 r_w0862_london_c198-aws-eu-south-2 OBJ 0
 r_w0862_london_c198-aws-eu-south-2 r198_serve 1
 r_w0862_london_c198-aws-eu-south-2 r202_demand 1
 r_w0862_mumbai_c198-aws-eu-south-2 OBJ 0
 r_w0862_mumbai_c198-aws-eu-south-2 r198_serve 1
 r_w0862_mumbai_c198-aws-eu-south-2 r203_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0862_c199-aws-ap-southeast-3 OBJ 22.415265572499997
 x_w0862_c199-aws-ap-southeast-3 r199_serve -100
 x_w0862_c199-aws-ap-southeast-3 r200_replicas 1
 x_w0862_c199-aws-ap-southeast-3 r801_capacity 0.25
 x_w0862_c199-aws-ap-southeast-3 r802_capacity 4
 MARKER 'MARKER' 'INTEND'
 r_w0862_frankfurt_c199-aws-ap-southeast-3 OBJ 0
 r_w0862_frankfurt_c199-aws-ap-southeast-3 r199_serve 1
 r_w0862_frankfurt_c199-aws-ap-southeast-3 r201_demand 1
 r_w0862_mumbai_c199-aws-ap-southeast-3 OBJ 0
 r_w0862_mumbai_c199-aws-ap-southeast-3 r199_serve 1
 r_w0862_mumbai_c199-aws-ap-southeast-3 r203_demand 1
RHS
 RHS r200_replicas 1
 RHS r201_demand 300
 RHS r202_demand 300
 RHS r203_demand 450
 RHS r204_capacity 42
 RHS r205_capacity 168
 RHS r207_capacity 94
 RHS r208_capacity 376
 RHS r210_capacity 45
 RHS r211_capacity 180
 RHS r213_capacity 67
 RHS r214_capacity 268
 RHS r216_capacity 91
 RHS r217_capacity 364
 RHS r219_capacity 66
 RHS r220_capacity 264
 RHS r222_capacity 68
 RHS r223_capacity 272
 RHS r225_capacity 44
 RHS r226_capacity 176
 RHS r228_capacity 70
 RHS r229_capacity 280
 RHS r231_capacity 47
 RHS r232_capacity 188
 RHS r234_capacity 94
 RHS r235_capacity 376
 RHS r237_capacity 58
 RHS r238_capacity 232
 RHS r240_capacity 51
 RHS r241_capacity 204
 RHS r243_capacity 73
 RHS r244_capacity 292
 RHS r246_capacity 61
 RHS r247_capacity 244
 RHS r249_capacity 71
 RHS r250_capacity 284
 RHS r252_capacity 72
 RHS r253_capacity 288
 RHS r255_capacity 53
 RHS r256_capacity 212
 RHS r258_capacity 67
 RHS r259_capacity 268
 RHS r261_capacity 43
 RHS r262_capacity 172
 RHS r264_capacity 58
 RHS r265_capacity 232
 RHS r267_capacity 87
 RHS r268_capacity 348
 RHS r270_capacity 53
 RHS r271_capacity 212
 RHS r273_capacity 75
 RHS r274_capacity 300
 RHS r276_capacity 42
 RHS r277_capacity 168
 RHS r279_capacity 60
 RHS r280_capacity 240
 RHS r282_capacity 46
 RHS r283_capacity 184
 RHS r285_capacity 63
 RHS r286_capacity 252
 RHS r288_capacity 75
 RHS r289_capacity 300
 RHS r291_capacity 67
 RHS r292_capacity 268
 RHS r294_capacity 57
 RHS r295_capacity 228
 RHS r297_capacity 88
 RHS r298_capacity 352
 RHS r300_capacity 46
 RHS r301_capacity 184
 RHS r303_capacity 88
 RHS r304_capacity 352
 RHS r306_capacity 72
 RHS r307_capacity 288
 RHS r309_capacity 71
 RHS r310_capacity 284
 RHS r312_capacity 69
 RHS r313_capacity 276
 RHS r315_capacity 82
 RHS r316_capacity 328
 RHS r318_capacity 53
 RHS r319_capacity 212
 RHS r321_capacity 84
 RHS r322_capacity 336
 RHS r324_capacity 60
 RHS r325_capacity 240
 RHS r327_capacity 48
 RHS r328_capacity 192
 RHS r330_capacity 58
 RHS r331_capacity 232
 RHS r333_capacity 44
 RHS r334_capacity 176
 RHS r336_capacity 72
 RHS r337_capacity 288
 RHS r339_capacity 56
 RHS r340_capacity 224
 RHS r342_capacity 61
 RHS r343_capacity 244
 RHS r345_capacity 78
 RHS r346_capacity 312
 RHS r348_capacity 42
 RHS r349_capacity 168
 RHS r351_capacity 79
 RHS r352_capacity 316
 RHS r354_capacity 59
 RHS r355_capacity 236
 RHS r357_capacity 40
 RHS r358_capacity 160
 RHS r360_capacity 62
 RHS r361_capacity 248
 RHS r363_capacity 42
 RHS r364_capacity 168
 RHS r366_capacity 63
 RHS r367_capacity 252
 RHS r369_capacity 41
 RHS r370_capacity 164
 RHS r372_capacity 40
 RHS r373_capacity 160
 RHS r375_capacity 88
 RHS r376_capacity 352
 RHS r378_capacity 61
 RHS r379_capacity 244
 RHS r381_capacity 48
 RHS r382_capacity 192
 RHS r384_capacity 72
 RHS r385_capacity 288
 RHS r387_capacity 41
 RHS r388_capacity 164
 RHS r390_capacity 65
 RHS r391_capacity 260
 RHS r393_capacity 89
 RHS r394_capacity 356
 RHS r396_capacity 97
 RHS r397_capacity 388
 RHS r399_capacity 47
 RHS r400_capacity 188
 RHS r402_capacity 81
 RHS r403_capacity 324
 RHS r405_capacity 46
 RHS r406_capacity 184
 RHS r408_capacity 50
 RHS r409_capacity 200
 RHS r411_capacity 98
 RHS r412_capacity 392
 RHS r414_capacity 99
 RHS r415_capacity 396
 RHS r417_capacity 80
 RHS r418_capacity 320
 RHS r420_capacity 98
 RHS r421_capacity 392
 RHS r423_capacity 78
 RHS r424_capacity 312
 RHS r426_capacity 63
 RHS r427_capacity 252
 RHS r429_capacity 48
 RHS r430_capacity 192
 RHS r432_capacity 50
 RHS r433_capacity 200
 RHS r435_capacity 44
 RHS r436_capacity 176
 RHS r438_capacity 90
 RHS r439_capacity 360
 RHS r441_capacity 49
 RHS r442_capacity 196
 RHS r444_capacity 54
 RHS r445_capacity 216
 RHS r447_capacity 59
 RHS r448_capacity 236
 RHS r450_capacity 64
 RHS r451_capacity 256
 RHS r453_capacity 93
 RHS r454_capacity 372
 RHS r456_capacity 87
 RHS r457_capacity 348
 RHS r459_capacity 91
 RHS r460_capacity 364
 RHS r462_capacity 43
 RHS r463_capacity 172
 RHS r465_capacity 88
 RHS r466_capacity 352
 RHS r468_capacity 65
 RHS r469_capacity 260
 RHS r471_capacity 43
 RHS r472_capacity 172
 RHS r474_capacity 62
 RHS r475_capacity 248
 RHS r477_capacity 54
 RHS r478_capacity 216
 RHS r480_capacity 67
 RHS r481_capacity 268
 RHS r483_capacity 58
 RHS r484_capacity 232
 RHS r486_capacity 41
 RHS r487_capacity 164
 RHS r489_capacity 52
 RHS r490_capacity 208
 RHS r492_capacity 87
 RHS r493_capacity 348
 RHS r495_capacity 99
 RHS r496_capacity 396
 RHS r498_capacity 63
 RHS r499_capacity 252
 RHS r501_capacity 43
 RHS r502_capacity 172
 RHS r504_capacity 49
 RHS r505_capacity 196
 RHS r507_capacity 65
 RHS r508_capacity 260
 RHS r510_capacity 45
 RHS r511_capacity 180
 RHS r513_capacity 44
 RHS r514_capacity 176
 RHS r516_capacity 80
 RHS r517_capacity 320
 RHS r519_capacity 43
 RHS r520_capacity 172
 RHS r522_capacity 49
 RHS r523_capacity 196
 RHS r525_capacity 66
 RHS r526_capacity 264
 RHS r528_capacity 49
 RHS r529_capacity 196
 RHS r531_capacity 43
 RHS r532_capacity 172
 RHS r534_capacity 46
 RHS r535_capacity 184
 RHS r537_capacity 57
 RHS r538_capacity 228
 RHS r540_capacity 41
 RHS r541_capacity 164
 RHS r543_capacity 45
 RHS r544_capacity 180
 RHS r546_capacity 42
 RHS r547_capacity 168
 RHS r549_capacity 54
 RHS r550_capacity 216
 RHS r552_capacity 90
 RHS r553_capacity 360
 RHS r555_capacity 56
 RHS r556_capacity 224
 RHS r558_capacity 44
 RHS r559_capacity 176
 RHS r561_capacity 99
 RHS r562_capacity 396
 RHS r564_capacity 69
 RHS r565_capacity 276
 RHS r567_capacity 64
 RHS r568_capacity 256
 RHS r570_capacity 86
 RHS r571_capacity 344
 RHS r573_capacity 86
 RHS r574_capacity 344
 RHS r576_capacity 51
 RHS r577_capacity 204
 RHS r579_capacity 70
 RHS r580_capacity 280
 RHS r582_capacity 57
 RHS r583_capacity 228
 RHS r585_capacity 67
 RHS r586_capacity 268
 RHS r588_capacity 70
 RHS r589_capacity 280
 RHS r591_capacity 73
 RHS r592_capacity 292
 RHS r594_capacity 57
 RHS r595_capacity 228
 RHS r597_capacity 59
 RHS r598_capacity 236
 RHS r600_capacity 50
 RHS r601_capacity 200
 RHS r603_capacity 55
 RHS r604_capacity 220
 RHS r606_capacity 49
 RHS r607_capacity 196
 RHS r609_capacity 88
 RHS r610_capacity 352
 RHS r612_capacity 98
 RHS r613_capacity 392
 RHS r615_capacity 81
 RHS r616_capacity 324
 RHS r618_capacity 69
 RHS r619_capacity 276
 RHS r621_capacity 78
 RHS r622_capacity 312
 RHS r624_capacity 48
 RHS r625_capacity 192
 RHS r627_capacity 43
 RHS r628_capacity 172
 RHS r630_capacity 72
 RHS r631_capacity 288
 RHS r633_capacity 98
 RHS r634_capacity 392
 RHS r636_capacity 87
 RHS r637_capacity 348
 RHS r639_capacity 80
 RHS r640_capacity 320
 RHS r642_capacity 54
 RHS r643_capacity 216
 RHS r645_capacity 63
 RHS r646_capacity 252
 RHS r648_capacity 81
 RHS r649_capacity 324
 RHS r651_capacity 95
 RHS r652_capacity 380
 RHS r654_capacity 60
 RHS r655_capacity 240
 RHS r657_capacity 82
 RHS r658_capacity 328
 RHS r660_capacity 75
 RHS r661_capacity 300
 RHS r663_capacity 47
 RHS r664_capacity 188
 RHS r666_capacity 44
 RHS r667_capacity 176
 RHS r669_capacity 45
 RHS r670_capacity 180
 RHS r672_capacity 93
 RHS r673_capacity 372
 RHS r675_capacity 98
 RHS r676_capacity 392
 RHS r678_capacity 69
 RHS r679_capacity 276
 RHS r681_capacity 65
 RHS r682_capacity 260
 RHS r684_capacity 93
 RHS r685_capacity 372
 RHS r687_capacity 94
 RHS r688_capacity 376
 RHS r690_capacity 94
 RHS r691_capacity 376
 RHS r693_capacity 48
 RHS r694_capacity 192
 RHS r696_capacity 43
 RHS r697_capacity 172
 RHS r699_capacity 67
 RHS r700_capacity 268
 RHS r702_capacity 80
 RHS r703_capacity 320
 RHS r705_capacity 45
 RHS r706_capacity 180
 RHS r708_capacity 73
 RHS r709_capacity 292
 RHS r711_capacity 44
 RHS r712_capacity 176
 RHS r714_capacity 88
 RHS r715_capacity 352
 RHS r717_capacity 57
 RHS r718_capacity 228
 RHS r720_capacity 78
 RHS r721_capacity 312
 RHS r723_capacity 57
 RHS r724_capacity 228
 RHS r726_capacity 45
 RHS r727_capacity 180
 RHS r729_capacity 56
 RHS r730_capacity 224
 RHS r732_capacity 41
 RHS r733_capacity 164
 RHS r735_capacity 46
 RHS r736_capacity 184
 RHS r738_capacity 57
 RHS r739_capacity 228
 RHS r741_capacity 94
 RHS r742_capacity 376
 RHS r744_capacity 70
 RHS r745_capacity 280
 RHS r747_capacity 53
 RHS r748_capacity 212
 RHS r750_capacity 50
 RHS r751_capacity 200
 RHS r753_capacity 80
 RHS r754_capacity 320
 RHS r756_capacity 88
 RHS r757_capacity 352
 RHS r759_capacity 78
 RHS r760_capacity 312
 RHS r762_capacity 87
 RHS r763_capacity 348
 RHS r765_capacity 41
 RHS r766_capacity 164
 RHS r768_capacity 52
 RHS r769_capacity 208
 RHS r771_capacity 49
 RHS r772_capacity 196
 RHS r774_capacity 43
 RHS r775_capacity 172
 RHS r777_capacity 90
 RHS r778_capacity 360
 RHS r780_capacity 69
 RHS r781_capacity 276
 RHS r783_capacity 48
 RHS r784_capacity 192
 RHS r786_capacity 61
 RHS r787_capacity 244
 RHS r789_capacity 81
 RHS r790_capacity 324
 RHS r792_capacity 43
 RHS r793_capacity 172
 RHS r795_capacity 62
 RHS r796_capacity 248
 RHS r798_capacity 81
 RHS r799_capacity 324
 RHS r801_capacity 82
 RHS r802_capacity 328
BOUNDS
 LO BND x_w0862_c000-azure-polandcentral 0
 UP BND x_w0862_c000-azure-polandcentral 42
 LO BND r_w0862_frankfurt_c000-azure-polandcentral 0
 UP BND r_w0862_frankfurt_c000-azure-polandcentral 300
 LO BND r_w0862_london_c000-azure-polandcentral 0
 UP BND r_w0862_london_c000-azure-polandcentral 300
 LO BND r_w0862_mumbai_c000-azure-polandcentral 0
 UP BND r_w0862_mumbai_c000-azure-polandcentral 450
 LO BND x_w0862_c001-azure-eastasia 0
 UP BND x_w0862_c001-azure-eastasia 94
 LO BND r_w0862_frankfurt_c001-azure-eastasia 0
 UP BND r_w0862_frankfurt_c001-azure-eastasia 300
 LO BND r_w0862_london_c001-azure-eastasia 0
 UP BND r_w0862_london_c001-azure-eastasia 300
 LO BND r_w0862_mumbai_c001-azure-eastasia 0
 UP BND r_w0862_mumbai_c001-azure-eastasia 450
 LO BND x_w0862_c002-azure-switzerlandwest 0
 UP BND x_w0862_c002-azure-switzerlandwest 45
 LO BND r_w0862_frankfurt_c002-azure-switzerlandwest 0
 UP BND r_w0862_frankfurt_c002-azure-switzerlandwest 300
 LO BND r_w0862_london_c002-azure-switzerlandwest 0
 UP BND r_w0862_london_c002-azure-switzerlandwest 300
 LO BND r_w0862_mumbai_c002-azure-switzerlandwest 0
 UP BND r_w0862_mumbai_c002-azure-switzerlandwest 450
 LO BND x_w0862_c003-azure-germanynorth 0
 UP BND x_w0862_c003-azure-germanynorth 67
 LO BND r_w0862_frankfurt_c003-azure-germanynorth 0
 UP BND r_w0862_frankfurt_c003-azure-germanynorth 300
 LO BND r_w0862_london_c003-azure-germanynorth 0
 UP BND r_w0862_london_c003-azure-germanynorth 300
 LO BND r_w0862_mumbai_c003-azure-germanynorth 0
 UP BND r_w0862_mumbai_c003-azure-germanynorth 450
 LO BND x_w0862_c004-azure-switzerlandnorth 0
 UP BND x_w0862_c004-azure-switzerlandnorth 91
 LO BND r_w0862_frankfurt_c004-azure-switzerlandnorth 0
 UP BND r_w0862_frankfurt_c004-azure-switzerlandnorth 300
 LO BND r_w0862_london_c004-azure-switzerlandnorth 0
 UP BND r_w0862_london_c004-azure-switzerlandnorth 300
 LO BND r_w0862_mumbai_c004-azure-switzerlandnorth 0
 UP BND r_w0862_mumbai_c004-azure-switzerlandnorth 450
 LO BND x_w0862_c005-aws-af-south-1 0
 UP BND x_w0862_c005-aws-af-south-1 66
 LO BND r_w0862_frankfurt_c005-aws-af-south-1 0
 UP BND r_w0862_frankfurt_c005-aws-af-south-1 300
 LO BND r_w0862_london_c005-aws-af-south-1 0
 UP BND r_w0862_london_c005-aws-af-south-1 300
 LO BND r_w0862_mumbai_c005-aws-af-south-1 0
 UP BND r_w0862_mumbai_c005-aws-af-south-1 450
 LO BND x_w0862_c006-azure-northeurope 0
 UP BND x_w0862_c006-azure-northeurope 68
 LO BND r_w0862_frankfurt_c006-azure-northeurope 0
 UP BND r_w0862_frankfurt_c006-azure-northeurope 300
 LO BND r_w0862_london_c006-azure-northeurope 0
 UP BND r_w0862_london_c006-azure-northeurope 300
 LO BND r_w0862_mumbai_c006-azure-northeurope 0
 UP BND r_w0862_mumbai_c006-azure-northeurope 450
 LO BND x_w0862_c007-aws-ap-southeast-1 0
 UP BND x_w0862_c007-aws-ap-southeast-1 44
 LO BND r_w0862_frankfurt_c007-aws-ap-southeast-1 0
 UP BND r_w0862_frankfurt_c007-aws-ap-southeast-1 300
 LO BND r_w0862_london_c007-aws-ap-southeast-1 0
 UP BND r_w0862_london_c007-aws-ap-southeast-1 300
 LO BND r_w0862_mumbai_c007-aws-ap-southeast-1 0
 UP BND r_w0862_mumbai_c007-aws-ap-southeast-1 450
 LO BND x_w0862_c008-gcp-us-west4 0
 UP BND x_w0862_c008-gcp-us-west4 70
 LO BND r_w0862_frankfurt_c008-gcp-us-west4 0
 UP BND r_w0862_frankfurt_c008-gcp-us-west4 300
 LO BND r_w0862_london_c008-gcp-us-west4 0
 UP BND r_w0862_london_c008-gcp-us-west4 300
 LO BND r_w0862_mumbai_c008-gcp-us-west4 0
 UP BND r_w0862_mumbai_c008-gcp-us-west4 450
 LO BND x_w0862_c009-gcp-europe-west9 0
 UP BND x_w0862_c009-gcp-europe-west9 47
 LO BND r_w0862_frankfurt_c009-gcp-europe-west9 0
 UP BND r_w0862_frankfurt_c009-gcp-europe-west9 300
 LO BND r_w0862_london_c009-gcp-europe-west9 0
 UP BND r_w0862_london_c009-gcp-europe-west9 300
 LO BND r_w0862_mumbai_c009-gcp-europe-west9 0
 UP BND r_w0862_mumbai_c009-gcp-europe-west9 450
 LO BND x_w0862_c010-azure-centralus 0
 UP BND x_w0862_c010-azure-centralus 94
 LO BND r_w0862_frankfurt_c010-azure-centralus 0
 UP BND r_w0862_frankfurt_c010-azure-centralus 300
 LO BND r_w0862_london_c010-azure-centralus 0
 UP BND r_w0862_london_c010-azure-centralus 300
 LO BND r_w0862_mumbai_c010-azure-centralus 0
 UP BND r_w0862_mumbai_c010-azure-centralus 450
 LO BND x_w0862_c011-gcp-us-west4 0
 UP BND x_w0862_c011-gcp-us-west4 58
 LO BND r_w0862_frankfurt_c011-gcp-us-west4 0
 UP BND r_w0862_frankfurt_c011-gcp-us-west4 300
 LO BND r_w0862_london_c011-gcp-us-west4 0
 UP BND r_w0862_london_c011-gcp-us-west4 300
 LO BND r_w0862_mumbai_c011-gcp-us-west4 0
 UP BND r_w0862_mumbai_c011-gcp-us-west4 450
 LO BND x_w0862_c012-azure-italynorth 0
 UP BND x_w0862_c012-azure-italynorth 51
 LO BND r_w0862_frankfurt_c012-azure-italynorth 0
 UP BND r_w0862_frankfurt_c012-azure-italynorth 300
 LO BND r_w0862_london_c012-azure-italynorth 0
 UP BND r_w0862_london_c012-azure-italynorth 300
 LO BND r_w0862_mumbai_c012-azure-italynorth 0
 UP BND r_w0862_mumbai_c012-azure-italynorth 450
 LO BND x_w0862_c013-azure-canadacentral 0
 UP BND x_w0862_c013-azure-canadacentral 73
 LO BND r_w0862_frankfurt_c013-azure-canadacentral 0
 UP BND r_w0862_frankfurt_c013-azure-canadacentral 300
 LO BND r_w0862_london_c013-azure-canadacentral 0
 UP BND r_w0862_london_c013-azure-canadacentral 300
 LO BND r_w0862_mumbai_c013-azure-canadacentral 0
 UP BND r_w0862_mumbai_c013-azure-canadacentral 450
 LO BND x_w0862_c014-azure-centralindia 0
 UP BND x_w0862_c014-azure-centralindia 61
 LO BND r_w0862_frankfurt_c014-azure-centralindia 0
 UP BND r_w0862_frankfurt_c014-azure-centralindia 300
 LO BND r_w0862_london_c014-azure-centralindia 0
 UP BND r_w0862_london_c014-azure-centralindia 300
 LO BND r_w0862_mumbai_c014-azure-centralindia 0
 UP BND r_w0862_mumbai_c014-azure-centralindia 450
 LO BND x_w0862_c015-gcp-europe-central2 0
 UP BND x_w0862_c015-gcp-europe-central2 71
 LO BND r_w0862_frankfurt_c015-gcp-europe-central2 0
 UP BND r_w0862_frankfurt_c015-gcp-europe-central2 300
 LO BND r_w0862_london_c015-gcp-europe-central2 0
 UP BND r_w0862_london_c015-gcp-europe-central2 300
 LO BND r_w0862_mumbai_c015-gcp-europe-central2 0
 UP BND r_w0862_mumbai_c015-gcp-europe-central2 450
 LO BND x_w0862_c016-azure-eastasia 0
 UP BND x_w0862_c016-azure-eastasia 72
 LO BND r_w0862_frankfurt_c016-azure-eastasia 0
 UP BND r_w0862_frankfurt_c016-azure-eastasia 300
 LO BND r_w0862_london_c016-azure-eastasia 0
 UP BND r_w0862_london_c016-azure-eastasia 300
 LO BND r_w0862_mumbai_c016-azure-eastasia 0
 UP BND r_w0862_mumbai_c016-azure-eastasia 450
 LO BND x_w0862_c017-gcp-southamerica-west1 0
 UP BND x_w0862_c017-gcp-southamerica-west1 53
 LO BND r_w0862_frankfurt_c017-gcp-southamerica-west1 0
 UP BND r_w0862_frankfurt_c017-gcp-southamerica-west1 300
 LO BND r_w0862_london_c017-gcp-southamerica-west1 0
 UP BND r_w0862_london_c017-gcp-southamerica-west1 300
 LO BND x_w0862_c018-azure-francecentral 0
 UP BND x_w0862_c018-azure-francecentral 67
 LO BND r_w0862_frankfurt_c018-azure-francecentral 0
 UP BND r_w0862_frankfurt_c018-azure-francecentral 300
 LO BND r_w0862_london_c018-azure-francecentral 0
 UP BND r_w0862_london_c018-azure-francecentral 300
 LO BND r_w0862_mumbai_c018-azure-francecentral 0
 UP BND r_w0862_mumbai_c018-azure-francecentral 450
 LO BND x_w0862_c019-aws-ap-southeast-7 0
 UP BND x_w0862_c019-aws-ap-southeast-7 43
 LO BND r_w0862_frankfurt_c019-aws-ap-southeast-7 0
 UP BND r_w0862_frankfurt_c019-aws-ap-southeast-7 300
 LO BND r_w0862_london_c019-aws-ap-southeast-7 0
 UP BND r_w0862_london_c019-aws-ap-southeast-7 300
 LO BND r_w0862_mumbai_c019-aws-ap-southeast-7 0
 UP BND r_w0862_mumbai_c019-aws-ap-southeast-7 450
 LO BND x_w0862_c020-azure-australiaeast 0
 UP BND x_w0862_c020-azure-australiaeast 58
 LO BND r_w0862_london_c020-azure-australiaeast 0
 UP BND r_w0862_london_c020-azure-australiaeast 300
 LO BND r_w0862_mumbai_c020-azure-australiaeast 0
 UP BND r_w0862_mumbai_c020-azure-australiaeast 450
 LO BND x_w0862_c021-aws-eu-south-2 0
 UP BND x_w0862_c021-aws-eu-south-2 87
 LO BND r_w0862_frankfurt_c021-aws-eu-south-2 0
 UP BND r_w0862_frankfurt_c021-aws-eu-south-2 300
 LO BND r_w0862_london_c021-aws-eu-south-2 0
 UP BND r_w0862_london_c021-aws-eu-south-2 300
 LO BND r_w0862_mumbai_c021-aws-eu-south-2 0
 UP BND r_w0862_mumbai_c021-aws-eu-south-2 450
 LO BND x_w0862_c022-azure-northcentralus 0
 UP BND x_w0862_c022-azure-northcentralus 53
 LO BND r_w0862_frankfurt_c022-azure-northcentralus 0
 UP BND r_w0862_frankfurt_c022-azure-northcentralus 300
 LO BND r_w0862_london_c022-azure-northcentralus 0
 UP BND r_w0862_london_c022-azure-northcentralus 300
 LO BND r_w0862_mumbai_c022-azure-northcentralus 0
 UP BND r_w0862_mumbai_c022-azure-northcentralus 450
 LO BND x_w0862_c023-aws-mx-central-1 0
 UP BND x_w0862_c023-aws-mx-central-1 75
 LO BND r_w0862_frankfurt_c023-aws-mx-central-1 0
 UP BND r_w0862_frankfurt_c023-aws-mx-central-1 300
 LO BND r_w0862_london_c023-aws-mx-central-1 0
 UP BND r_w0862_london_c023-aws-mx-central-1 300
 LO BND x_w0862_c024-gcp-europe-west1 0
 UP BND x_w0862_c024-gcp-europe-west1 42
 LO BND r_w0862_frankfurt_c024-gcp-europe-west1 0
 UP BND r_w0862_frankfurt_c024-gcp-europe-west1 300
 LO BND r_w0862_london_c024-gcp-europe-west1 0
 UP BND r_w0862_london_c024-gcp-europe-west1 300
 LO BND r_w0862_mumbai_c024-gcp-europe-west1 0
 UP BND r_w0862_mumbai_c024-gcp-europe-west1 450
 LO BND x_w0862_c025-azure-newzealandnorth 0
 UP BND x_w0862_c025-azure-newzealandnorth 60
 LO BND r_w0862_mumbai_c025-azure-newzealandnorth 0
 UP BND r_w0862_mumbai_c025-azure-newzealandnorth 450
 LO BND x_w0862_c026-azure-southafricawest 0
 UP BND x_w0862_c026-azure-southafricawest 46
 LO BND r_w0862_frankfurt_c026-azure-southafricawest 0
 UP BND r_w0862_frankfurt_c026-azure-southafricawest 300
 LO BND r_w0862_london_c026-azure-southafricawest 0
 UP BND r_w0862_london_c026-azure-southafricawest 300
 LO BND r_w0862_mumbai_c026-azure-southafricawest 0
 UP BND r_w0862_mumbai_c026-azure-southafricawest 450
 LO BND x_w0862_c027-azure-westeurope 0
 UP BND x_w0862_c027-azure-westeurope 63
 LO BND r_w0862_frankfurt_c027-azure-westeurope 0
 UP BND r_w0862_frankfurt_c027-azure-westeurope 300
 LO BND r_w0862_london_c027-azure-westeurope 0
 UP BND r_w0862_london_c027-azure-westeurope 300
 LO BND r_w0862_mumbai_c027-azure-westeurope 0
 UP BND r_w0862_mumbai_c027-azure-westeurope 450
 LO BND x_w0862_c028-azure-eastus 0
 UP BND x_w0862_c028-azure-eastus 75
 LO BND r_w0862_frankfurt_c028-azure-eastus 0
 UP BND r_w0862_frankfurt_c028-azure-eastus 300
 LO BND r_w0862_london_c028-azure-eastus 0
 UP BND r_w0862_london_c028-azure-eastus 300
 LO BND r_w0862_mumbai_c028-azure-eastus 0
 UP BND r_w0862_mumbai_c028-azure-eastus 450
 LO BND x_w0862_c029-gcp-us-west2 0
 UP BND x_w0862_c029-gcp-us-west2 67
 LO BND r_w0862_frankfurt_c029-gcp-us-west2 0
 UP BND r_w0862_frankfurt_c029-gcp-us-west2 300
 LO BND r_w0862_london_c029-gcp-us-west2 0
 UP BND r_w0862_london_c029-gcp-us-west2 300
 LO BND r_w0862_mumbai_c029-gcp-us-west2 0
 UP BND r_w0862_mumbai_c029-gcp-us-west2 450
 LO BND x_w0862_c030-azure-polandcentral 0
 UP BND x_w0862_c030-azure-polandcentral 57
 LO BND r_w0862_frankfurt_c030-azure-polandcentral 0
 UP BND r_w0862_frankfurt_c030-azure-polandcentral 300
 LO BND r_w0862_london_c030-azure-polandcentral 0
 UP BND r_w0862_london_c030-azure-polandcentral 300
 LO BND r_w0862_mumbai_c030-azure-polandcentral 0
 UP BND r_w0862_mumbai_c030-azure-polandcentral 450
 LO BND x_w0862_c031-aws-ap-south-2 0
 UP BND x_w0862_c031-aws-ap-south-2 88
 LO BND r_w0862_frankfurt_c031-aws-ap-south-2 0
 UP BND r_w0862_frankfurt_c031-aws-ap-south-2 300
 LO BND r_w0862_london_c031-aws-ap-south-2 0
 UP BND r_w0862_london_c031-aws-ap-south-2 300
 LO BND r_w0862_mumbai_c031-aws-ap-south-2 0
 UP BND r_w0862_mumbai_c031-aws-ap-south-2 450
 LO BND x_w0862_c032-gcp-asia-northeast1 0
 UP BND x_w0862_c032-gcp-asia-northeast1 46
 LO BND r_w0862_frankfurt_c032-gcp-asia-northeast1 0
 UP BND r_w0862_frankfurt_c032-gcp-asia-northeast1 300
 LO BND r_w0862_london_c032-gcp-asia-northeast1 0
 UP BND r_w0862_london_c032-gcp-asia-northeast1 300
 LO BND r_w0862_mumbai_c032-gcp-asia-northeast1 0
 UP BND r_w0862_mumbai_c032-gcp-asia-northeast1 450
 LO BND x_w0862_c033-gcp-europe-west1 0
 UP BND x_w0862_c033-gcp-europe-west1 88
 LO BND r_w0862_frankfurt_c033-gcp-europe-west1 0
 UP BND r_w0862_frankfurt_c033-gcp-europe-west1 300
 LO BND r_w0862_london_c033-gcp-europe-west1 0
 UP BND r_w0862_london_c033-gcp-europe-west1 300
 LO BND r_w0862_mumbai_c033-gcp-europe-west1 0
 UP BND r_w0862_mumbai_c033-gcp-europe-west1 450
 LO BND x_w0862_c034-azure-newzealandnorth 0
 UP BND x_w0862_c034-azure-newzealandnorth 72
 LO BND r_w0862_mumbai_c034-azure-newzealandnorth 0
 UP BND r_w0862_mumbai_c034-azure-newzealandnorth 450
 LO BND x_w0862_c035-azure-eastus2 0
 UP BND x_w0862_c035-azure-eastus2 71
 LO BND r_w0862_frankfurt_c035-azure-eastus2 0
 UP BND r_w0862_frankfurt_c035-azure-eastus2 300
 LO BND r_w0862_london_c035-azure-eastus2 0
 UP BND r_w0862_london_c035-azure-eastus2 300
 LO BND r_w0862_mumbai_c035-azure-eastus2 0
 UP BND r_w0862_mumbai_c035-azure-eastus2 450
 LO BND x_w0862_c036-aws-eu-west-3 0
 UP BND x_w0862_c036-aws-eu-west-3 69
 LO BND r_w0862_frankfurt_c036-aws-eu-west-3 0
 UP BND r_w0862_frankfurt_c036-aws-eu-west-3 300
 LO BND r_w0862_london_c036-aws-eu-west-3 0
 UP BND r_w0862_london_c036-aws-eu-west-3 300
 LO BND r_w0862_mumbai_c036-aws-eu-west-3 0
 UP BND r_w0862_mumbai_c036-aws-eu-west-3 450
 LO BND x_w0862_c037-aws-ap-southeast-7 0
 UP BND x_w0862_c037-aws-ap-southeast-7 82
 LO BND r_w0862_frankfurt_c037-aws-ap-southeast-7 0
 UP BND r_w0862_frankfurt_c037-aws-ap-southeast-7 300
 LO BND r_w0862_london_c037-aws-ap-southeast-7 0
 UP BND r_w0862_london_c037-aws-ap-southeast-7 300
 LO BND r_w0862_mumbai_c037-aws-ap-southeast-7 0
 UP BND r_w0862_mumbai_c037-aws-ap-southeast-7 450
 LO BND x_w0862_c038-gcp-us-east4 0
 UP BND x_w0862_c038-gcp-us-east4 53
 LO BND r_w0862_frankfurt_c038-gcp-us-east4 0
 UP BND r_w0862_frankfurt_c038-gcp-us-east4 300
 LO BND r_w0862_london_c038-gcp-us-east4 0
 UP BND r_w0862_london_c038-gcp-us-east4 300
 LO BND r_w0862_mumbai_c038-gcp-us-east4 0
 UP BND r_w0862_mumbai_c038-gcp-us-east4 450
 LO BND x_w0862_c039-gcp-europe-west12 0
 UP BND x_w0862_c039-gcp-europe-west12 84
 LO BND r_w0862_frankfurt_c039-gcp-europe-west12 0
 UP BND r_w0862_frankfurt_c039-gcp-europe-west12 300
 LO BND r_w0862_london_c039-gcp-europe-west12 0
 UP BND r_w0862_london_c039-gcp-europe-west12 300
 LO BND r_w0862_mumbai_c039-gcp-europe-west12 0
 UP BND r_w0862_mumbai_c039-gcp-europe-west12 450
 LO BND x_w0862_c040-azure-australiacentral 0
 UP BND x_w0862_c040-azure-australiacentral 60
 LO BND r_w0862_mumbai_c040-azure-australiacentral 0
 UP BND r_w0862_mumbai_c040-azure-australiacentral 450
 LO BND x_w0862_c041-azure-uksouth 0
 UP BND x_w0862_c041-azure-uksouth 48
 LO BND r_w0862_frankfurt_c041-azure-uksouth 0
 UP BND r_w0862_frankfurt_c041-azure-uksouth 300
 LO BND r_w0862_london_c041-azure-uksouth 0
 UP BND r_w0862_london_c041-azure-uksouth 300
 LO BND r_w0862_mumbai_c041-azure-uksouth 0
 UP BND r_w0862_mumbai_c041-azure-uksouth 450
 LO BND x_w0862_c042-azure-germanywestcentral 0
 UP BND x_w0862_c042-azure-germanywestcentral 58
 LO BND r_w0862_frankfurt_c042-azure-germanywestcentral 0
 UP BND r_w0862_frankfurt_c042-azure-germanywestcentral 300
 LO BND r_w0862_london_c042-azure-germanywestcentral 0
 UP BND r_w0862_london_c042-azure-germanywestcentral 300
 LO BND r_w0862_mumbai_c042-azure-germanywestcentral 0
 UP BND r_w0862_mumbai_c042-azure-germanywestcentral 450
 LO BND x_w0862_c043-gcp-asia-southeast2 0
 UP BND x_w0862_c043-gcp-asia-southeast2 44
 LO BND r_w0862_frankfurt_c043-gcp-asia-southeast2 0
 UP BND r_w0862_frankfurt_c043-gcp-asia-southeast2 300
 LO BND r_w0862_london_c043-gcp-asia-southeast2 0
 UP BND r_w0862_london_c043-gcp-asia-southeast2 300
 LO BND r_w0862_mumbai_c043-gcp-asia-southeast2 0
 UP BND r_w0862_mumbai_c043-gcp-asia-southeast2 450
 LO BND x_w0862_c044-aws-ap-south-2 0
 UP BND x_w0862_c044-aws-ap-south-2 72
 LO BND r_w0862_frankfurt_c044-aws-ap-south-2 0
 UP BND r_w0862_frankfurt_c044-aws-ap-south-2 300
 LO BND r_w0862_london_c044-aws-ap-south-2 0
 UP BND r_w0862_london_c044-aws-ap-south-2 300
 LO BND r_w0862_mumbai_c044-aws-ap-south-2 0
 UP BND r_w0862_mumbai_c044-aws-ap-south-2 450
 LO BND x_w0862_c045-azure-francesouth 0
 UP BND x_w0862_c045-azure-francesouth 56
 LO BND r_w0862_frankfurt_c045-azure-francesouth 0
 UP BND r_w0862_frankfurt_c045-azure-francesouth 300
 LO BND r_w0862_london_c045-azure-francesouth 0
 UP BND r_w0862_london_c045-azure-francesouth 300
 LO BND r_w0862_mumbai_c045-azure-francesouth 0
 UP BND r_w0862_mumbai_c045-azure-francesouth 450
 LO BND x_w0862_c046-gcp-us-central1 0
 UP BND x_w0862_c046-gcp-us-central1 61
 LO BND r_w0862_frankfurt_c046-gcp-us-central1 0
 UP BND r_w0862_frankfurt_c046-gcp-us-central1 300
 LO BND r_w0862_london_c046-gcp-us-central1 0
 UP BND r_w0862_london_c046-gcp-us-central1 300
 LO BND r_w0862_mumbai_c046-gcp-us-central1 0
 UP BND r_w0862_mumbai_c046-gcp-us-central1 450
 LO BND x_w0862_c047-azure-eastus 0
 UP BND x_w0862_c047-azure-eastus 78
 LO BND r_w0862_frankfurt_c047-azure-eastus 0
 UP BND r_w0862_frankfurt_c047-azure-eastus 300
 LO BND r_w0862_london_c047-azure-eastus 0
 UP BND r_w0862_london_c047-azure-eastus 300
 LO BND r_w0862_mumbai_c047-azure-eastus 0
 UP BND r_w0862_mumbai_c047-azure-eastus 450
 LO BND x_w0862_c048-gcp-europe-southwest1 0
 UP BND x_w0862_c048-gcp-europe-southwest1 42
 LO BND r_w0862_frankfurt_c048-gcp-europe-southwest1 0
 UP BND r_w0862_frankfurt_c048-gcp-europe-southwest1 300
 LO BND r_w0862_london_c048-gcp-europe-southwest1 0
 UP BND r_w0862_london_c048-gcp-europe-southwest1 300
 LO BND r_w0862_mumbai_c048-gcp-europe-southwest1 0
 UP BND r_w0862_mumbai_c048-gcp-europe-southwest1 450
 LO BND x_w0862_c049-gcp-southamerica-east1 0
 UP BND x_w0862_c049-gcp-southamerica-east1 79
 LO BND r_w0862_frankfurt_c049-gcp-southamerica-east1 0
 UP BND r_w0862_frankfurt_c049-gcp-southamerica-east1 300
 LO BND r_w0862_london_c049-gcp-southamerica-east1 0
 UP BND r_w0862_london_c049-gcp-southamerica-east1 300
 LO BND x_w0862_c050-aws-ca-central-1 0
 UP BND x_w0862_c050-aws-ca-central-1 59
 LO BND r_w0862_frankfurt_c050-aws-ca-central-1 0
 UP BND r_w0862_frankfurt_c050-aws-ca-central-1 300
 LO BND r_w0862_london_c050-aws-ca-central-1 0
 UP BND r_w0862_london_c050-aws-ca-central-1 300
 LO BND r_w0862_mumbai_c050-aws-ca-central-1 0
 UP BND r_w0862_mumbai_c050-aws-ca-central-1 450
 LO BND x_w0862_c051-azure-francecentral 0
 UP BND x_w0862_c051-azure-francecentral 40
 LO BND r_w0862_frankfurt_c051-azure-francecentral 0
 UP BND r_w0862_frankfurt_c051-azure-francecentral 300
 LO BND r_w0862_london_c051-azure-francecentral 0
 UP BND r_w0862_london_c051-azure-francecentral 300
 LO BND r_w0862_mumbai_c051-azure-francecentral 0
 UP BND r_w0862_mumbai_c051-azure-francecentral 450
 LO BND x_w0862_c052-azure-southeastasia 0
 UP BND x_w0862_c052-azure-southeastasia 62
 LO BND r_w0862_frankfurt_c052-azure-southeastasia 0
 UP BND r_w0862_frankfurt_c052-azure-southeastasia 300
 LO BND r_w0862_london_c052-azure-southeastasia 0
 UP BND r_w0862_london_c052-azure-southeastasia 300
 LO BND r_w0862_mumbai_c052-azure-southeastasia 0
 UP BND r_w0862_mumbai_c052-azure-southeastasia 450
 LO BND x_w0862_c053-azure-japanwest 0
 UP BND x_w0862_c053-azure-japanwest 42
 LO BND r_w0862_frankfurt_c053-azure-japanwest 0
 UP BND r_w0862_frankfurt_c053-azure-japanwest 300
 LO BND r_w0862_london_c053-azure-japanwest 0
 UP BND r_w0862_london_c053-azure-japanwest 300
 LO BND r_w0862_mumbai_c053-azure-japanwest 0
 UP BND r_w0862_mumbai_c053-azure-japanwest 450
 LO BND x_w0862_c054-aws-eu-west-1 0
 UP BND x_w0862_c054-aws-eu-west-1 63
 LO BND r_w0862_frankfurt_c054-aws-eu-west-1 0
 UP BND r_w0862_frankfurt_c054-aws-eu-west-1 300
 LO BND r_w0862_london_c054-aws-eu-west-1 0
 UP BND r_w0862_london_c054-aws-eu-west-1 300
 LO BND r_w0862_mumbai_c054-aws-eu-west-1 0
 UP BND r_w0862_mumbai_c054-aws-eu-west-1 450
 LO BND x_w0862_c055-azure-westus2 0
 UP BND x_w0862_c055-azure-westus2 41
 LO BND r_w0862_frankfurt_c055-azure-westus2 0
 UP BND r_w0862_frankfurt_c055-azure-westus2 300
 LO BND r_w0862_london_c055-azure-westus2 0
 UP BND r_w0862_london_c055-azure-westus2 300
 LO BND r_w0862_mumbai_c055-azure-westus2 0
 UP BND r_w0862_mumbai_c055-azure-westus2 450
 LO BND x_w0862_c056-azure-japanwest 0
 UP BND x_w0862_c056-azure-japanwest 40
 LO BND r_w0862_frankfurt_c056-azure-japanwest 0
 UP BND r_w0862_frankfurt_c056-azure-japanwest 300
 LO BND r_w0862_london_c056-azure-japanwest 0
 UP BND r_w0862_london_c056-azure-japanwest 300
 LO BND r_w0862_mumbai_c056-azure-japanwest 0
 UP BND r_w0862_mumbai_c056-azure-japanwest 450
 LO BND x_w0862_c057-azure-francecentral 0
 UP BND x_w0862_c057-azure-francecentral 88
 LO BND r_w0862_frankfurt_c057-azure-francecentral 0
 UP BND r_w0862_frankfurt_c057-azure-francecentral 300
 LO BND r_w0862_london_c057-azure-francecentral 0
 UP BND r_w0862_london_c057-azure-francecentral 300
 LO BND r_w0862_mumbai_c057-azure-francecentral 0
 UP BND r_w0862_mumbai_c057-azure-francecentral 450
 LO BND x_w0862_c058-gcp-australia-southeast1 0
 UP BND x_w0862_c058-gcp-australia-southeast1 61
 LO BND r_w0862_london_c058-gcp-australia-southeast1 0
 UP BND r_w0862_london_c058-gcp-australia-southeast1 300
 LO BND r_w0862_mumbai_c058-gcp-australia-southeast1 0
 UP BND r_w0862_mumbai_c058-gcp-australia-southeast1 450
 LO BND x_w0862_c059-azure-southafricanorth 0
 UP BND x_w0862_c059-azure-southafricanorth 48
 LO BND r_w0862_frankfurt_c059-azure-southafricanorth 0
 UP BND r_w0862_frankfurt_c059-azure-southafricanorth 300
 LO BND r_w0862_london_c059-azure-southafricanorth 0
 UP BND r_w0862_london_c059-azure-southafricanorth 300
 LO BND x_w0862_c060-gcp-europe-southwest1 0
 UP BND x_w0862_c060-gcp-europe-southwest1 72
 LO BND r_w0862_frankfurt_c060-gcp-europe-southwest1 0
 UP BND r_w0862_frankfurt_c060-gcp-europe-southwest1 300
 LO BND r_w0862_london_c060-gcp-europe-southwest1 0
 UP BND r_w0862_london_c060-gcp-europe-southwest1 300
 LO BND r_w0862_mumbai_c060-gcp-europe-southwest1 0
 UP BND r_w0862_mumbai_c060-gcp-europe-southwest1 450
 LO BND x_w0862_c061-aws-ap-east-1 0
 UP BND x_w0862_c061-aws-ap-east-1 41
 LO BND r_w0862_frankfurt_c061-aws-ap-east-1 0
 UP BND r_w0862_frankfurt_c061-aws-ap-east-1 300
 LO BND r_w0862_mumbai_c061-aws-ap-east-1 0
 UP BND r_w0862_mumbai_c061-aws-ap-east-1 450
 LO BND x_w0862_c062-azure-uaenorth 0
 UP BND x_w0862_c062-azure-uaenorth 65
 LO BND r_w0862_frankfurt_c062-azure-uaenorth 0
 UP BND r_w0862_frankfurt_c062-azure-uaenorth 300
 LO BND r_w0862_london_c062-azure-uaenorth 0
 UP BND r_w0862_london_c062-azure-uaenorth 300
 LO BND r_w0862_mumbai_c062-azure-uaenorth 0
 UP BND r_w0862_mumbai_c062-azure-uaenorth 450
 LO BND x_w0862_c063-aws-eu-central-1 0
 UP BND x_w0862_c063-aws-eu-central-1 89
 LO BND r_w0862_frankfurt_c063-aws-eu-central-1 0
 UP BND r_w0862_frankfurt_c063-aws-eu-central-1 300
 LO BND r_w0862_london_c063-aws-eu-central-1 0
 UP BND r_w0862_london_c063-aws-eu-central-1 300
 LO BND r_w0862_mumbai_c063-aws-eu-central-1 0
 UP BND r_w0862_mumbai_c063-aws-eu-central-1 450
 LO BND x_w0862_c064-azure-northcentralus 0
 UP BND x_w0862_c064-azure-northcentralus 97
 LO BND r_w0862_frankfurt_c064-azure-northcentralus 0
 UP BND r_w0862_frankfurt_c064-azure-northcentralus 300
 LO BND r_w0862_london_c064-azure-northcentralus 0
 UP BND r_w0862_london_c064-azure-northcentralus 300
 LO BND r_w0862_mumbai_c064-azure-northcentralus 0
 UP BND r_w0862_mumbai_c064-azure-northcentralus 450
 LO BND x_w0862_c065-gcp-us-east4 0
 UP BND x_w0862_c065-gcp-us-east4 47
 LO BND r_w0862_frankfurt_c065-gcp-us-east4 0
 UP BND r_w0862_frankfurt_c065-gcp-us-east4 300
 LO BND r_w0862_london_c065-gcp-us-east4 0
 UP BND r_w0862_london_c065-gcp-us-east4 300
 LO BND r_w0862_mumbai_c065-gcp-us-east4 0
 UP BND r_w0862_mumbai_c065-gcp-us-east4 450
 LO BND x_w0862_c066-gcp-europe-north2 0
 UP BND x_w0862_c066-gcp-europe-north2 81
 LO BND r_w0862_frankfurt_c066-gcp-europe-north2 0
 UP BND r_w0862_frankfurt_c066-gcp-europe-north2 300
 LO BND r_w0862_london_c066-gcp-europe-north2 0
 UP BND r_w0862_london_c066-gcp-europe-north2 300
 LO BND r_w0862_mumbai_c066-gcp-europe-north2 0
 UP BND r_w0862_mumbai_c066-gcp-europe-north2 450
 LO BND x_w0862_c067-gcp-southamerica-west1 0
 UP BND x_w0862_c067-gcp-southamerica-west1 46
 LO BND r_w0862_frankfurt_c067-gcp-southamerica-west1 0
 UP BND r_w0862_frankfurt_c067-gcp-southamerica-west1 300
 LO BND r_w0862_london_c067-gcp-southamerica-west1 0
 UP BND r_w0862_london_c067-gcp-southamerica-west1 300
 LO BND x_w0862_c068-azure-brazilsouth 0
 UP BND x_w0862_c068-azure-brazilsouth 50
 LO BND r_w0862_frankfurt_c068-azure-brazilsouth 0
 UP BND r_w0862_frankfurt_c068-azure-brazilsouth 300
 LO BND r_w0862_london_c068-azure-brazilsouth 0
 UP BND r_w0862_london_c068-azure-brazilsouth 300
 LO BND x_w0862_c069-gcp-europe-north1 0
 UP BND x_w0862_c069-gcp-europe-north1 98
 LO BND r_w0862_frankfurt_c069-gcp-europe-north1 0
 UP BND r_w0862_frankfurt_c069-gcp-europe-north1 300
 LO BND r_w0862_london_c069-gcp-europe-north1 0
 UP BND r_w0862_london_c069-gcp-europe-north1 300
 LO BND r_w0862_mumbai_c069-gcp-europe-north1 0
 UP BND r_w0862_mumbai_c069-gcp-europe-north1 450
 LO BND x_w0862_c070-azure-switzerlandwest 0
 UP BND x_w0862_c070-azure-switzerlandwest 99
 LO BND r_w0862_frankfurt_c070-azure-switzerlandwest 0
 UP BND r_w0862_frankfurt_c070-azure-switzerlandwest 300
 LO BND r_w0862_london_c070-azure-switzerlandwest 0
 UP BND r_w0862_london_c070-azure-switzerlandwest 300
 LO BND r_w0862_mumbai_c070-azure-switzerlandwest 0
 UP BND r_w0862_mumbai_c070-azure-switzerlandwest 450
 LO BND x_w0862_c071-azure-norwaywest 0
 UP BND x_w0862_c071-azure-norwaywest 80
 LO BND r_w0862_frankfurt_c071-azure-norwaywest 0
 UP BND r_w0862_frankfurt_c071-azure-norwaywest 300
 LO BND r_w0862_london_c071-azure-norwaywest 0
 UP BND r_w0862_london_c071-azure-norwaywest 300
 LO BND r_w0862_mumbai_c071-azure-norwaywest 0
 UP BND r_w0862_mumbai_c071-azure-norwaywest 450
 LO BND x_w0862_c072-gcp-europe-central2 0
 UP BND x_w0862_c072-gcp-europe-central2 98
 LO BND r_w0862_frankfurt_c072-gcp-europe-central2 0
 UP BND r_w0862_frankfurt_c072-gcp-europe-central2 300
 LO BND r_w0862_london_c072-gcp-europe-central2 0
 UP BND r_w0862_london_c072-gcp-europe-central2 300
 LO BND r_w0862_mumbai_c072-gcp-europe-central2 0
 UP BND r_w0862_mumbai_c072-gcp-europe-central2 450
 LO BND x_w0862_c073-aws-mx-central-1 0
 UP BND x_w0862_c073-aws-mx-central-1 78
 LO BND r_w0862_frankfurt_c073-aws-mx-central-1 0
 UP BND r_w0862_frankfurt_c073-aws-mx-central-1 300
 LO BND r_w0862_london_c073-aws-mx-central-1 0
 UP BND r_w0862_london_c073-aws-mx-central-1 300
 LO BND x_w0862_c074-aws-ap-southeast-6 0
 UP BND x_w0862_c074-aws-ap-southeast-6 63
 LO BND r_w0862_mumbai_c074-aws-ap-southeast-6 0
 UP BND r_w0862_mumbai_c074-aws-ap-southeast-6 450
 LO BND x_w0862_c075-azure-francecentral 0
 UP BND x_w0862_c075-azure-francecentral 48
 LO BND r_w0862_frankfurt_c075-azure-francecentral 0
 UP BND r_w0862_frankfurt_c075-azure-francecentral 300
 LO BND r_w0862_london_c075-azure-francecentral 0
 UP BND r_w0862_london_c075-azure-francecentral 300
 LO BND r_w0862_mumbai_c075-azure-francecentral 0
 UP BND r_w0862_mumbai_c075-azure-francecentral 450
 LO BND x_w0862_c076-aws-ap-south-2 0
 UP BND x_w0862_c076-aws-ap-south-2 50
 LO BND r_w0862_frankfurt_c076-aws-ap-south-2 0
 UP BND r_w0862_frankfurt_c076-aws-ap-south-2 300
 LO BND r_w0862_london_c076-aws-ap-south-2 0
 UP BND r_w0862_london_c076-aws-ap-south-2 300
 LO BND r_w0862_mumbai_c076-aws-ap-south-2 0
 UP BND r_w0862_mumbai_c076-aws-ap-south-2 450
 LO BND x_w0862_c077-azure-eastus 0
 UP BND x_w0862_c077-azure-eastus 44
 LO BND r_w0862_frankfurt_c077-azure-eastus 0
 UP BND r_w0862_frankfurt_c077-azure-eastus 300
 LO BND r_w0862_london_c077-azure-eastus 0
 UP BND r_w0862_london_c077-azure-eastus 300
 LO BND r_w0862_mumbai_c077-azure-eastus 0
 UP BND r_w0862_mumbai_c077-azure-eastus 450
 LO BND x_w0862_c078-gcp-europe-west4 0
 UP BND x_w0862_c078-gcp-europe-west4 90
 LO BND r_w0862_frankfurt_c078-gcp-europe-west4 0
 UP BND r_w0862_frankfurt_c078-gcp-europe-west4 300
 LO BND r_w0862_london_c078-gcp-europe-west4 0
 UP BND r_w0862_london_c078-gcp-europe-west4 300
 LO BND r_w0862_mumbai_c078-gcp-europe-west4 0
 UP BND r_w0862_mumbai_c078-gcp-europe-west4 450
 LO BND x_w0862_c079-gcp-us-central1 0
 UP BND x_w0862_c079-gcp-us-central1 49
 LO BND r_w0862_frankfurt_c079-gcp-us-central1 0
 UP BND r_w0862_frankfurt_c079-gcp-us-central1 300
 LO BND r_w0862_london_c079-gcp-us-central1 0
 UP BND r_w0862_london_c079-gcp-us-central1 300
 LO BND r_w0862_mumbai_c079-gcp-us-central1 0
 UP BND r_w0862_mumbai_c079-gcp-us-central1 450
 LO BND x_w0862_c080-gcp-africa-south1 0
 UP BND x_w0862_c080-gcp-africa-south1 54
 LO BND r_w0862_frankfurt_c080-gcp-africa-south1 0
 UP BND r_w0862_frankfurt_c080-gcp-africa-south1 300
 LO BND r_w0862_london_c080-gcp-africa-south1 0
 UP BND r_w0862_london_c080-gcp-africa-south1 300
 LO BND r_w0862_mumbai_c080-gcp-africa-south1 0
 UP BND r_w0862_mumbai_c080-gcp-africa-south1 450
 LO BND x_w0862_c081-aws-eu-west-1 0
 UP BND x_w0862_c081-aws-eu-west-1 59
 LO BND r_w0862_frankfurt_c081-aws-eu-west-1 0
 UP BND r_w0862_frankfurt_c081-aws-eu-west-1 300
 LO BND r_w0862_london_c081-aws-eu-west-1 0
 UP BND r_w0862_london_c081-aws-eu-west-1 300
 LO BND r_w0862_mumbai_c081-aws-eu-west-1 0
 UP BND r_w0862_mumbai_c081-aws-eu-west-1 450
 LO BND x_w0862_c082-azure-switzerlandwest 0
 UP BND x_w0862_c082-azure-switzerlandwest 64
 LO BND r_w0862_frankfurt_c082-azure-switzerlandwest 0
 UP BND r_w0862_frankfurt_c082-azure-switzerlandwest 300
 LO BND r_w0862_london_c082-azure-switzerlandwest 0
 UP BND r_w0862_london_c082-azure-switzerlandwest 300
 LO BND r_w0862_mumbai_c082-azure-switzerlandwest 0
 UP BND r_w0862_mumbai_c082-azure-switzerlandwest 450
 LO BND x_w0862_c083-gcp-me-west1 0
 UP BND x_w0862_c083-gcp-me-west1 93
 LO BND r_w0862_frankfurt_c083-gcp-me-west1 0
 UP BND r_w0862_frankfurt_c083-gcp-me-west1 300
 LO BND r_w0862_london_c083-gcp-me-west1 0
 UP BND r_w0862_london_c083-gcp-me-west1 300
 LO BND r_w0862_mumbai_c083-gcp-me-west1 0
 UP BND r_w0862_mumbai_c083-gcp-me-west1 450
 LO BND x_w0862_c084-azure-westeurope 0
 UP BND x_w0862_c084-azure-westeurope 87
 LO BND r_w0862_frankfurt_c084-azure-westeurope 0
 UP BND r_w0862_frankfurt_c084-azure-westeurope 300
 LO BND r_w0862_london_c084-azure-westeurope 0
 UP BND r_w0862_london_c084-azure-westeurope 300
 LO BND r_w0862_mumbai_c084-azure-westeurope 0
 UP BND r_w0862_mumbai_c084-azure-westeurope 450
 LO BND x_w0862_c085-gcp-us-south1 0
 UP BND x_w0862_c085-gcp-us-south1 91
 LO BND r_w0862_frankfurt_c085-gcp-us-south1 0
 UP BND r_w0862_frankfurt_c085-gcp-us-south1 300
 LO BND r_w0862_london_c085-gcp-us-south1 0
 UP BND r_w0862_london_c085-gcp-us-south1 300
 LO BND r_w0862_mumbai_c085-gcp-us-south1 0
 UP BND r_w0862_mumbai_c085-gcp-us-south1 450
 LO BND x_w0862_c086-azure-eastasia 0
 UP BND x_w0862_c086-azure-eastasia 43
 LO BND r_w0862_frankfurt_c086-azure-eastasia 0
 UP BND r_w0862_frankfurt_c086-azure-eastasia 300
 LO BND r_w0862_london_c086-azure-eastasia 0
 UP BND r_w0862_london_c086-azure-eastasia 300
 LO BND r_w0862_mumbai_c086-azure-eastasia 0
 UP BND r_w0862_mumbai_c086-azure-eastasia 450
 LO BND x_w0862_c087-gcp-europe-west4 0
 UP BND x_w0862_c087-gcp-europe-west4 88
 LO BND r_w0862_frankfurt_c087-gcp-europe-west4 0
 UP BND r_w0862_frankfurt_c087-gcp-europe-west4 300
 LO BND r_w0862_london_c087-gcp-europe-west4 0
 UP BND r_w0862_london_c087-gcp-europe-west4 300
 LO BND r_w0862_mumbai_c087-gcp-europe-west4 0
 UP BND r_w0862_mumbai_c087-gcp-europe-west4 450
 LO BND x_w0862_c088-azure-eastasia 0
 UP BND x_w0862_c088-azure-eastasia 65
 LO BND r_w0862_frankfurt_c088-azure-eastasia 0
 UP BND r_w0862_frankfurt_c088-azure-eastasia 300
 LO BND r_w0862_london_c088-azure-eastasia 0
 UP BND r_w0862_london_c088-azure-eastasia 300
 LO BND r_w0862_mumbai_c088-azure-eastasia 0
 UP BND r_w0862_mumbai_c088-azure-eastasia 450
 LO BND x_w0862_c089-azure-southafricanorth 0
 UP BND x_w0862_c089-azure-southafricanorth 43
 LO BND r_w0862_frankfurt_c089-azure-southafricanorth 0
 UP BND r_w0862_frankfurt_c089-azure-southafricanorth 300
 LO BND r_w0862_london_c089-azure-southafricanorth 0
 UP BND r_w0862_london_c089-azure-southafricanorth 300
 LO BND x_w0862_c090-gcp-europe-west10 0
 UP BND x_w0862_c090-gcp-europe-west10 62
 LO BND r_w0862_frankfurt_c090-gcp-europe-west10 0
 UP BND r_w0862_frankfurt_c090-gcp-europe-west10 300
 LO BND r_w0862_london_c090-gcp-europe-west10 0
 UP BND r_w0862_london_c090-gcp-europe-west10 300
 LO BND r_w0862_mumbai_c090-gcp-europe-west10 0
 UP BND r_w0862_mumbai_c090-gcp-europe-west10 450
 LO BND x_w0862_c091-azure-eastus2 0
 UP BND x_w0862_c091-azure-eastus2 54
 LO BND r_w0862_frankfurt_c091-azure-eastus2 0
 UP BND r_w0862_frankfurt_c091-azure-eastus2 300
 LO BND r_w0862_london_c091-azure-eastus2 0
 UP BND r_w0862_london_c091-azure-eastus2 300
 LO BND r_w0862_mumbai_c091-azure-eastus2 0
 UP BND r_w0862_mumbai_c091-azure-eastus2 450
 LO BND x_w0862_c092-aws-ca-central-1 0
 UP BND x_w0862_c092-aws-ca-central-1 67
 LO BND r_w0862_frankfurt_c092-aws-ca-central-1 0
 UP BND r_w0862_frankfurt_c092-aws-ca-central-1 300
 LO BND r_w0862_london_c092-aws-ca-central-1 0
 UP BND r_w0862_london_c092-aws-ca-central-1 300
 LO BND r_w0862_mumbai_c092-aws-ca-central-1 0
 UP BND r_w0862_mumbai_c092-aws-ca-central-1 450
 LO BND x_w0862_c093-aws-eu-central-1 0
 UP BND x_w0862_c093-aws-eu-central-1 58
 LO BND r_w0862_frankfurt_c093-aws-eu-central-1 0
 UP BND r_w0862_frankfurt_c093-aws-eu-central-1 300
 LO BND r_w0862_london_c093-aws-eu-central-1 0
 UP BND r_w0862_london_c093-aws-eu-central-1 300
 LO BND r_w0862_mumbai_c093-aws-eu-central-1 0
 UP BND r_w0862_mumbai_c093-aws-eu-central-1 450
 LO BND x_w0862_c094-azure-koreasouth 0
 UP BND x_w0862_c094-azure-koreasouth 41
 LO BND r_w0862_frankfurt_c094-azure-koreasouth 0
 UP BND r_w0862_frankfurt_c094-azure-koreasouth 300
 LO BND r_w0862_london_c094-azure-koreasouth 0
 UP BND r_w0862_london_c094-azure-koreasouth 300
 LO BND r_w0862_mumbai_c094-azure-koreasouth 0
 UP BND r_w0862_mumbai_c094-azure-koreasouth 450
 LO BND x_w0862_c095-azure-westcentralus 0
 UP BND x_w0862_c095-azure-westcentralus 52
 LO BND r_w0862_frankfurt_c095-azure-westcentralus 0
 UP BND r_w0862_frankfurt_c095-azure-westcentralus 300
 LO BND r_w0862_london_c095-azure-westcentralus 0
 UP BND r_w0862_london_c095-azure-westcentralus 300
 LO BND r_w0862_mumbai_c095-azure-westcentralus 0
 UP BND r_w0862_mumbai_c095-azure-westcentralus 450
 LO BND x_w0862_c096-azure-spaincentral 0
 UP BND x_w0862_c096-azure-spaincentral 87
 LO BND r_w0862_frankfurt_c096-azure-spaincentral 0
 UP BND r_w0862_frankfurt_c096-azure-spaincentral 300
 LO BND r_w0862_london_c096-azure-spaincentral 0
 UP BND r_w0862_london_c096-azure-spaincentral 300
 LO BND r_w0862_mumbai_c096-azure-spaincentral 0
 UP BND r_w0862_mumbai_c096-azure-spaincentral 450
 LO BND x_w0862_c097-azure-japaneast 0
 UP BND x_w0862_c097-azure-japaneast 99
 LO BND r_w0862_frankfurt_c097-azure-japaneast 0
 UP BND r_w0862_frankfurt_c097-azure-japaneast 300
 LO BND r_w0862_london_c097-azure-japaneast 0
 UP BND r_w0862_london_c097-azure-japaneast 300
 LO BND r_w0862_mumbai_c097-azure-japaneast 0
 UP BND r_w0862_mumbai_c097-azure-japaneast 450
 LO BND x_w0862_c098-gcp-southamerica-west1 0
 UP BND x_w0862_c098-gcp-southamerica-west1 63
 LO BND r_w0862_frankfurt_c098-gcp-southamerica-west1 0
 UP BND r_w0862_frankfurt_c098-gcp-southamerica-west1 300
 LO BND r_w0862_london_c098-gcp-southamerica-west1 0
 UP BND r_w0862_london_c098-gcp-southamerica-west1 300
 LO BND x_w0862_c099-gcp-europe-west3 0
 UP BND x_w0862_c099-gcp-europe-west3 43
 LO BND r_w0862_frankfurt_c099-gcp-europe-west3 0
 UP BND r_w0862_frankfurt_c099-gcp-europe-west3 300
 LO BND r_w0862_london_c099-gcp-europe-west3 0
 UP BND r_w0862_london_c099-gcp-europe-west3 300
 LO BND r_w0862_mumbai_c099-gcp-europe-west3 0
 UP BND r_w0862_mumbai_c099-gcp-europe-west3 450
 LO BND x_w0862_c100-aws-sa-east-1 0
 UP BND x_w0862_c100-aws-sa-east-1 49
 LO BND r_w0862_frankfurt_c100-aws-sa-east-1 0
 UP BND r_w0862_frankfurt_c100-aws-sa-east-1 300
 LO BND r_w0862_london_c100-aws-sa-east-1 0
 UP BND r_w0862_london_c100-aws-sa-east-1 300
 LO BND x_w0862_c101-aws-us-west-1 0
 UP BND x_w0862_c101-aws-us-west-1 65
 LO BND r_w0862_frankfurt_c101-aws-us-west-1 0
 UP BND r_w0862_frankfurt_c101-aws-us-west-1 300
 LO BND r_w0862_london_c101-aws-us-west-1 0
 UP BND r_w0862_london_c101-aws-us-west-1 300
 LO BND r_w0862_mumbai_c101-aws-us-west-1 0
 UP BND r_w0862_mumbai_c101-aws-us-west-1 450
 LO BND x_w0862_c102-aws-eu-west-3 0
 UP BND x_w0862_c102-aws-eu-west-3 45
 LO BND r_w0862_frankfurt_c102-aws-eu-west-3 0
 UP BND r_w0862_frankfurt_c102-aws-eu-west-3 300
 LO BND r_w0862_london_c102-aws-eu-west-3 0
 UP BND r_w0862_london_c102-aws-eu-west-3 300
 LO BND r_w0862_mumbai_c102-aws-eu-west-3 0
 UP BND r_w0862_mumbai_c102-aws-eu-west-3 450
 LO BND x_w0862_c103-aws-ca-central-1 0
 UP BND x_w0862_c103-aws-ca-central-1 44
 LO BND r_w0862_frankfurt_c103-aws-ca-central-1 0
 UP BND r_w0862_frankfurt_c103-aws-ca-central-1 300
 LO BND r_w0862_london_c103-aws-ca-central-1 0
 UP BND r_w0862_london_c103-aws-ca-central-1 300
 LO BND r_w0862_mumbai_c103-aws-ca-central-1 0
 UP BND r_w0862_mumbai_c103-aws-ca-central-1 450
 LO BND x_w0862_c104-aws-us-east-2 0
 UP BND x_w0862_c104-aws-us-east-2 80
 LO BND r_w0862_frankfurt_c104-aws-us-east-2 0
 UP BND r_w0862_frankfurt_c104-aws-us-east-2 300
 LO BND r_w0862_london_c104-aws-us-east-2 0
 UP BND r_w0862_london_c104-aws-us-east-2 300
 LO BND r_w0862_mumbai_c104-aws-us-east-2 0
 UP BND r_w0862_mumbai_c104-aws-us-east-2 450
 LO BND x_w0862_c105-gcp-europe-north1 0
 UP BND x_w0862_c105-gcp-europe-north1 43
 LO BND r_w0862_frankfurt_c105-gcp-europe-north1 0
 UP BND r_w0862_frankfurt_c105-gcp-europe-north1 300
 LO BND r_w0862_london_c105-gcp-europe-north1 0
 UP BND r_w0862_london_c105-gcp-europe-north1 300
 LO BND r_w0862_mumbai_c105-gcp-europe-north1 0
 UP BND r_w0862_mumbai_c105-gcp-europe-north1 450
 LO BND x_w0862_c106-azure-uaecentral 0
 UP BND x_w0862_c106-azure-uaecentral 49
 LO BND r_w0862_frankfurt_c106-azure-uaecentral 0
 UP BND r_w0862_frankfurt_c106-azure-uaecentral 300
 LO BND r_w0862_london_c106-azure-uaecentral 0
 UP BND r_w0862_london_c106-azure-uaecentral 300
 LO BND r_w0862_mumbai_c106-azure-uaecentral 0
 UP BND r_w0862_mumbai_c106-azure-uaecentral 450
 LO BND x_w0862_c107-gcp-us-west4 0
 UP BND x_w0862_c107-gcp-us-west4 66
 LO BND r_w0862_frankfurt_c107-gcp-us-west4 0
 UP BND r_w0862_frankfurt_c107-gcp-us-west4 300
 LO BND r_w0862_london_c107-gcp-us-west4 0
 UP BND r_w0862_london_c107-gcp-us-west4 300
 LO BND r_w0862_mumbai_c107-gcp-us-west4 0
 UP BND r_w0862_mumbai_c107-gcp-us-west4 450
 LO BND x_w0862_c108-gcp-europe-west12 0
 UP BND x_w0862_c108-gcp-europe-west12 49
 LO BND r_w0862_frankfurt_c108-gcp-europe-west12 0
 UP BND r_w0862_frankfurt_c108-gcp-europe-west12 300
 LO BND r_w0862_london_c108-gcp-europe-west12 0
 UP BND r_w0862_london_c108-gcp-europe-west12 300
 LO BND r_w0862_mumbai_c108-gcp-europe-west12 0
 UP BND r_w0862_mumbai_c108-gcp-europe-west12 450
 LO BND x_w0862_c109-aws-us-east-1 0
 UP BND x_w0862_c109-aws-us-east-1 43
 LO BND r_w0862_frankfurt_c109-aws-us-east-1 0
 UP BND r_w0862_frankfurt_c109-aws-us-east-1 300
 LO BND r_w0862_london_c109-aws-us-east-1 0
 UP BND r_w0862_london_c109-aws-us-east-1 300
 LO BND r_w0862_mumbai_c109-aws-us-east-1 0
 UP BND r_w0862_mumbai_c109-aws-us-east-1 450
 LO BND x_w0862_c110-aws-ca-central-1 0
 UP BND x_w0862_c110-aws-ca-central-1 46
 LO BND r_w0862_frankfurt_c110-aws-ca-central-1 0
 UP BND r_w0862_frankfurt_c110-aws-ca-central-1 300
 LO BND r_w0862_london_c110-aws-ca-central-1 0
 UP BND r_w0862_london_c110-aws-ca-central-1 300
 LO BND r_w0862_mumbai_c110-aws-ca-central-1 0
 UP BND r_w0862_mumbai_c110-aws-ca-central-1 450
 LO BND x_w0862_c111-gcp-europe-west4 0
 UP BND x_w0862_c111-gcp-europe-west4 57
 LO BND r_w0862_frankfurt_c111-gcp-europe-west4 0
 UP BND r_w0862_frankfurt_c111-gcp-europe-west4 300
 LO BND r_w0862_london_c111-gcp-europe-west4 0
 UP BND r_w0862_london_c111-gcp-europe-west4 300
 LO BND r_w0862_mumbai_c111-gcp-europe-west4 0
 UP BND r_w0862_mumbai_c111-gcp-europe-west4 450
 LO BND x_w0862_c112-gcp-africa-south1 0
 UP BND x_w0862_c112-gcp-africa-south1 41
 LO BND r_w0862_frankfurt_c112-gcp-africa-south1 0
 UP BND r_w0862_frankfurt_c112-gcp-africa-south1 300
 LO BND r_w0862_london_c112-gcp-africa-south1 0
 UP BND r_w0862_london_c112-gcp-africa-south1 300
 LO BND r_w0862_mumbai_c112-gcp-africa-south1 0
 UP BND r_w0862_mumbai_c112-gcp-africa-south1 450
 LO BND x_w0862_c113-azure-koreacentral 0
 UP BND x_w0862_c113-azure-koreacentral 45
 LO BND r_w0862_frankfurt_c113-azure-koreacentral 0
 UP BND r_w0862_frankfurt_c113-azure-koreacentral 300
 LO BND r_w0862_london_c113-azure-koreacentral 0
 UP BND r_w0862_london_c113-azure-koreacentral 300
 LO BND r_w0862_mumbai_c113-azure-koreacentral 0
 UP BND r_w0862_mumbai_c113-azure-koreacentral 450
 LO BND x_w0862_c114-azure-polandcentral 0
 UP BND x_w0862_c114-azure-polandcentral 42
 LO BND r_w0862_frankfurt_c114-azure-polandcentral 0
 UP BND r_w0862_frankfurt_c114-azure-polandcentral 300
 LO BND r_w0862_london_c114-azure-polandcentral 0
 UP BND r_w0862_london_c114-azure-polandcentral 300
 LO BND r_w0862_mumbai_c114-azure-polandcentral 0
 UP BND r_w0862_mumbai_c114-azure-polandcentral 450
 LO BND x_w0862_c115-gcp-europe-west2 0
 UP BND x_w0862_c115-gcp-europe-west2 54
 LO BND r_w0862_frankfurt_c115-gcp-europe-west2 0
 UP BND r_w0862_frankfurt_c115-gcp-europe-west2 300
 LO BND r_w0862_london_c115-gcp-europe-west2 0
 UP BND r_w0862_london_c115-gcp-europe-west2 300
 LO BND r_w0862_mumbai_c115-gcp-europe-west2 0
 UP BND r_w0862_mumbai_c115-gcp-europe-west2 450
 LO BND x_w0862_c116-aws-us-east-2 0
 UP BND x_w0862_c116-aws-us-east-2 90
 LO BND r_w0862_frankfurt_c116-aws-us-east-2 0
 UP BND r_w0862_frankfurt_c116-aws-us-east-2 300
 LO BND r_w0862_london_c116-aws-us-east-2 0
 UP BND r_w0862_london_c116-aws-us-east-2 300
 LO BND r_w0862_mumbai_c116-aws-us-east-2 0
 UP BND r_w0862_mumbai_c116-aws-us-east-2 450
 LO BND x_w0862_c117-azure-northeurope 0
 UP BND x_w0862_c117-azure-northeurope 56
 LO BND r_w0862_frankfurt_c117-azure-northeurope 0
 UP BND r_w0862_frankfurt_c117-azure-northeurope 300
 LO BND r_w0862_london_c117-azure-northeurope 0
 UP BND r_w0862_london_c117-azure-northeurope 300
 LO BND r_w0862_mumbai_c117-azure-northeurope 0
 UP BND r_w0862_mumbai_c117-azure-northeurope 450
 LO BND x_w0862_c118-aws-il-central-1 0
 UP BND x_w0862_c118-aws-il-central-1 44
 LO BND r_w0862_frankfurt_c118-aws-il-central-1 0
 UP BND r_w0862_frankfurt_c118-aws-il-central-1 300
 LO BND r_w0862_london_c118-aws-il-central-1 0
 UP BND r_w0862_london_c118-aws-il-central-1 300
 LO BND r_w0862_mumbai_c118-aws-il-central-1 0
 UP BND r_w0862_mumbai_c118-aws-il-central-1 450
 LO BND x_w0862_c119-azure-australiasoutheast 0
 UP BND x_w0862_c119-azure-australiasoutheast 99
 LO BND r_w0862_mumbai_c119-azure-australiasoutheast 0
 UP BND r_w0862_mumbai_c119-azure-australiasoutheast 450
 LO BND x_w0862_c120-gcp-europe-west1 0
 UP BND x_w0862_c120-gcp-europe-west1 69
 LO BND r_w0862_frankfurt_c120-gcp-europe-west1 0
 UP BND r_w0862_frankfurt_c120-gcp-europe-west1 300
 LO BND r_w0862_london_c120-gcp-europe-west1 0
 UP BND r_w0862_london_c120-gcp-europe-west1 300
 LO BND r_w0862_mumbai_c120-gcp-europe-west1 0
 UP BND r_w0862_mumbai_c120-gcp-europe-west1 450
 LO BND x_w0862_c121-aws-il-central-1 0
 UP BND x_w0862_c121-aws-il-central-1 64
 LO BND r_w0862_frankfurt_c121-aws-il-central-1 0
 UP BND r_w0862_frankfurt_c121-aws-il-central-1 300
 LO BND r_w0862_london_c121-aws-il-central-1 0
 UP BND r_w0862_london_c121-aws-il-central-1 300
 LO BND r_w0862_mumbai_c121-aws-il-central-1 0
 UP BND r_w0862_mumbai_c121-aws-il-central-1 450
 LO BND x_w0862_c122-aws-ap-southeast-7 0
 UP BND x_w0862_c122-aws-ap-southeast-7 86
 LO BND r_w0862_frankfurt_c122-aws-ap-southeast-7 0
 UP BND r_w0862_frankfurt_c122-aws-ap-southeast-7 300
 LO BND r_w0862_london_c122-aws-ap-southeast-7 0
 UP BND r_w0862_london_c122-aws-ap-southeast-7 300
 LO BND r_w0862_mumbai_c122-aws-ap-southeast-7 0
 UP BND r_w0862_mumbai_c122-aws-ap-southeast-7 450
 LO BND x_w0862_c123-gcp-europe-southwest1 0
 UP BND x_w0862_c123-gcp-europe-southwest1 86
 LO BND r_w0862_frankfurt_c123-gcp-europe-southwest1 0
 UP BND r_w0862_frankfurt_c123-gcp-europe-southwest1 300
 LO BND r_w0862_london_c123-gcp-europe-southwest1 0
 UP BND r_w0862_london_c123-gcp-europe-southwest1 300
 LO BND r_w0862_mumbai_c123-gcp-europe-southwest1 0
 UP BND r_w0862_mumbai_c123-gcp-europe-southwest1 450
 LO BND x_w0862_c124-aws-us-west-2 0
 UP BND x_w0862_c124-aws-us-west-2 51
 LO BND r_w0862_frankfurt_c124-aws-us-west-2 0
 UP BND r_w0862_frankfurt_c124-aws-us-west-2 300
 LO BND r_w0862_london_c124-aws-us-west-2 0
 UP BND r_w0862_london_c124-aws-us-west-2 300
 LO BND r_w0862_mumbai_c124-aws-us-west-2 0
 UP BND r_w0862_mumbai_c124-aws-us-west-2 450
 LO BND x_w0862_c125-aws-us-east-1 0
 UP BND x_w0862_c125-aws-us-east-1 70
 LO BND r_w0862_frankfurt_c125-aws-us-east-1 0
 UP BND r_w0862_frankfurt_c125-aws-us-east-1 300
 LO BND r_w0862_london_c125-aws-us-east-1 0
 UP BND r_w0862_london_c125-aws-us-east-1 300
 LO BND r_w0862_mumbai_c125-aws-us-east-1 0
 UP BND r_w0862_mumbai_c125-aws-us-east-1 450
 LO BND x_w0862_c126-azure-swedencentral 0
 UP BND x_w0862_c126-azure-swedencentral 57
 LO BND r_w0862_frankfurt_c126-azure-swedencentral 0
 UP BND r_w0862_frankfurt_c126-azure-swedencentral 300
 LO BND r_w0862_london_c126-azure-swedencentral 0
 UP BND r_w0862_london_c126-azure-swedencentral 300
 LO BND r_w0862_mumbai_c126-azure-swedencentral 0
 UP BND r_w0862_mumbai_c126-azure-swedencentral 450
 LO BND x_w0862_c127-azure-koreasouth 0
 UP BND x_w0862_c127-azure-koreasouth 67
 LO BND r_w0862_frankfurt_c127-azure-koreasouth 0
 UP BND r_w0862_frankfurt_c127-azure-koreasouth 300
 LO BND r_w0862_london_c127-azure-koreasouth 0
 UP BND r_w0862_london_c127-azure-koreasouth 300
 LO BND r_w0862_mumbai_c127-azure-koreasouth 0
 UP BND r_w0862_mumbai_c127-azure-koreasouth 450
 LO BND x_w0862_c128-gcp-asia-southeast2 0
 UP BND x_w0862_c128-gcp-asia-southeast2 70
 LO BND r_w0862_frankfurt_c128-gcp-asia-southeast2 0
 UP BND r_w0862_frankfurt_c128-gcp-asia-southeast2 300
 LO BND r_w0862_london_c128-gcp-asia-southeast2 0
 UP BND r_w0862_london_c128-gcp-asia-southeast2 300
 LO BND r_w0862_mumbai_c128-gcp-asia-southeast2 0
 UP BND r_w0862_mumbai_c128-gcp-asia-southeast2 450
 LO BND x_w0862_c129-aws-eu-south-2 0
 UP BND x_w0862_c129-aws-eu-south-2 73
 LO BND r_w0862_frankfurt_c129-aws-eu-south-2 0
 UP BND r_w0862_frankfurt_c129-aws-eu-south-2 300
 LO BND r_w0862_london_c129-aws-eu-south-2 0
 UP BND r_w0862_london_c129-aws-eu-south-2 300
 LO BND r_w0862_mumbai_c129-aws-eu-south-2 0
 UP BND r_w0862_mumbai_c129-aws-eu-south-2 450
 LO BND x_w0862_c130-azure-jioindiawest 0
 UP BND x_w0862_c130-azure-jioindiawest 57
 LO BND r_w0862_frankfurt_c130-azure-jioindiawest 0
 UP BND r_w0862_frankfurt_c130-azure-jioindiawest 300
 LO BND r_w0862_london_c130-azure-jioindiawest 0
 UP BND r_w0862_london_c130-azure-jioindiawest 300
 LO BND r_w0862_mumbai_c130-azure-jioindiawest 0
 UP BND r_w0862_mumbai_c130-azure-jioindiawest 450
 LO BND x_w0862_c131-azure-canadacentral 0
 UP BND x_w0862_c131-azure-canadacentral 59
 LO BND r_w0862_frankfurt_c131-azure-canadacentral 0
 UP BND r_w0862_frankfurt_c131-azure-canadacentral 300
 LO BND r_w0862_london_c131-azure-canadacentral 0
 UP BND r_w0862_london_c131-azure-canadacentral 300
 LO BND r_w0862_mumbai_c131-azure-canadacentral 0
 UP BND r_w0862_mumbai_c131-azure-canadacentral 450
 LO BND x_w0862_c132-azure-germanynorth 0
 UP BND x_w0862_c132-azure-germanynorth 50
 LO BND r_w0862_frankfurt_c132-azure-germanynorth 0
 UP BND r_w0862_frankfurt_c132-azure-germanynorth 300
 LO BND r_w0862_london_c132-azure-germanynorth 0
 UP BND r_w0862_london_c132-azure-germanynorth 300
 LO BND r_w0862_mumbai_c132-azure-germanynorth 0
 UP BND r_w0862_mumbai_c132-azure-germanynorth 450
 LO BND x_w0862_c133-aws-me-south-1 0
 UP BND x_w0862_c133-aws-me-south-1 55
 LO BND r_w0862_frankfurt_c133-aws-me-south-1 0
 UP BND r_w0862_frankfurt_c133-aws-me-south-1 300
 LO BND r_w0862_london_c133-aws-me-south-1 0
 UP BND r_w0862_london_c133-aws-me-south-1 300
 LO BND r_w0862_mumbai_c133-aws-me-south-1 0
 UP BND r_w0862_mumbai_c133-aws-me-south-1 450
 LO BND x_w0862_c134-azure-qatarcentral 0
 UP BND x_w0862_c134-azure-qatarcentral 49
 LO BND r_w0862_frankfurt_c134-azure-qatarcentral 0
 UP BND r_w0862_frankfurt_c134-azure-qatarcentral 300
 LO BND r_w0862_london_c134-azure-qatarcentral 0
 UP BND r_w0862_london_c134-azure-qatarcentral 300
 LO BND r_w0862_mumbai_c134-azure-qatarcentral 0
 UP BND r_w0862_mumbai_c134-azure-qatarcentral 450
 LO BND x_w0862_c135-aws-eu-west-1 0
 UP BND x_w0862_c135-aws-eu-west-1 88
 LO BND r_w0862_frankfurt_c135-aws-eu-west-1 0
 UP BND r_w0862_frankfurt_c135-aws-eu-west-1 300
 LO BND r_w0862_london_c135-aws-eu-west-1 0
 UP BND r_w0862_london_c135-aws-eu-west-1 300
 LO BND r_w0862_mumbai_c135-aws-eu-west-1 0
 UP BND r_w0862_mumbai_c135-aws-eu-west-1 450
 LO BND x_w0862_c136-gcp-australia-southeast1 0
 UP BND x_w0862_c136-gcp-australia-southeast1 98
 LO BND r_w0862_london_c136-gcp-australia-southeast1 0
 UP BND r_w0862_london_c136-gcp-australia-southeast1 300
 LO BND r_w0862_mumbai_c136-gcp-australia-southeast1 0
 UP BND r_w0862_mumbai_c136-gcp-australia-southeast1 450
 LO BND x_w0862_c137-azure-westcentralus 0
 UP BND x_w0862_c137-azure-westcentralus 81
 LO BND r_w0862_frankfurt_c137-azure-westcentralus 0
 UP BND r_w0862_frankfurt_c137-azure-westcentralus 300
 LO BND r_w0862_london_c137-azure-westcentralus 0
 UP BND r_w0862_london_c137-azure-westcentralus 300
 LO BND r_w0862_mumbai_c137-azure-westcentralus 0
 UP BND r_w0862_mumbai_c137-azure-westcentralus 450
 LO BND x_w0862_c138-azure-westeurope 0
 UP BND x_w0862_c138-azure-westeurope 69
 LO BND r_w0862_frankfurt_c138-azure-westeurope 0
 UP BND r_w0862_frankfurt_c138-azure-westeurope 300
 LO BND r_w0862_london_c138-azure-westeurope 0
 UP BND r_w0862_london_c138-azure-westeurope 300
 LO BND r_w0862_mumbai_c138-azure-westeurope 0
 UP BND r_w0862_mumbai_c138-azure-westeurope 450
 LO BND x_w0862_c139-azure-qatarcentral 0
 UP BND x_w0862_c139-azure-qatarcentral 78
 LO BND r_w0862_frankfurt_c139-azure-qatarcentral 0
 UP BND r_w0862_frankfurt_c139-azure-qatarcentral 300
 LO BND r_w0862_london_c139-azure-qatarcentral 0
 UP BND r_w0862_london_c139-azure-qatarcentral 300
 LO BND r_w0862_mumbai_c139-azure-qatarcentral 0
 UP BND r_w0862_mumbai_c139-azure-qatarcentral 450
 LO BND x_w0862_c140-gcp-asia-northeast3 0
 UP BND x_w0862_c140-gcp-asia-northeast3 48
 LO BND r_w0862_london_c140-gcp-asia-northeast3 0
 UP BND r_w0862_london_c140-gcp-asia-northeast3 300
 LO BND r_w0862_mumbai_c140-gcp-asia-northeast3 0
 UP BND r_w0862_mumbai_c140-gcp-asia-northeast3 450
 LO BND x_w0862_c141-gcp-europe-west1 0
 UP BND x_w0862_c141-gcp-europe-west1 43
 LO BND r_w0862_frankfurt_c141-gcp-europe-west1 0
 UP BND r_w0862_frankfurt_c141-gcp-europe-west1 300
 LO BND r_w0862_london_c141-gcp-europe-west1 0
 UP BND r_w0862_london_c141-gcp-europe-west1 300
 LO BND r_w0862_mumbai_c141-gcp-europe-west1 0
 UP BND r_w0862_mumbai_c141-gcp-europe-west1 450
 LO BND x_w0862_c142-aws-mx-central-1 0
 UP BND x_w0862_c142-aws-mx-central-1 72
 LO BND r_w0862_frankfurt_c142-aws-mx-central-1 0
 UP BND r_w0862_frankfurt_c142-aws-mx-central-1 300
 LO BND r_w0862_london_c142-aws-mx-central-1 0
 UP BND r_w0862_london_c142-aws-mx-central-1 300
 LO BND x_w0862_c143-azure-australiacentral2 0
 UP BND x_w0862_c143-azure-australiacentral2 98
 LO BND r_w0862_mumbai_c143-azure-australiacentral2 0
 UP BND r_w0862_mumbai_c143-azure-australiacentral2 450
 LO BND x_w0862_c144-azure-francesouth 0
 UP BND x_w0862_c144-azure-francesouth 87
 LO BND r_w0862_frankfurt_c144-azure-francesouth 0
 UP BND r_w0862_frankfurt_c144-azure-francesouth 300
 LO BND r_w0862_london_c144-azure-francesouth 0
 UP BND r_w0862_london_c144-azure-francesouth 300
 LO BND r_w0862_mumbai_c144-azure-francesouth 0
 UP BND r_w0862_mumbai_c144-azure-francesouth 450
 LO BND x_w0862_c145-azure-switzerlandnorth 0
 UP BND x_w0862_c145-azure-switzerlandnorth 80
 LO BND r_w0862_frankfurt_c145-azure-switzerlandnorth 0
 UP BND r_w0862_frankfurt_c145-azure-switzerlandnorth 300
 LO BND r_w0862_london_c145-azure-switzerlandnorth 0
 UP BND r_w0862_london_c145-azure-switzerlandnorth 300
 LO BND r_w0862_mumbai_c145-azure-switzerlandnorth 0
 UP BND r_w0862_mumbai_c145-azure-switzerlandnorth 450
 LO BND x_w0862_c146-azure-southcentralus 0
 UP BND x_w0862_c146-azure-southcentralus 54
 LO BND r_w0862_frankfurt_c146-azure-southcentralus 0
 UP BND r_w0862_frankfurt_c146-azure-southcentralus 300
 LO BND r_w0862_london_c146-azure-southcentralus 0
 UP BND r_w0862_london_c146-azure-southcentralus 300
 LO BND r_w0862_mumbai_c146-azure-southcentralus 0
 UP BND r_w0862_mumbai_c146-azure-southcentralus 450
 LO BND x_w0862_c147-azure-spaincentral 0
 UP BND x_w0862_c147-azure-spaincentral 63
 LO BND r_w0862_frankfurt_c147-azure-spaincentral 0
 UP BND r_w0862_frankfurt_c147-azure-spaincentral 300
 LO BND r_w0862_london_c147-azure-spaincentral 0
 UP BND r_w0862_london_c147-azure-spaincentral 300
 LO BND r_w0862_mumbai_c147-azure-spaincentral 0
 UP BND r_w0862_mumbai_c147-azure-spaincentral 450
 LO BND x_w0862_c148-aws-sa-east-1 0
 UP BND x_w0862_c148-aws-sa-east-1 81
 LO BND r_w0862_frankfurt_c148-aws-sa-east-1 0
 UP BND r_w0862_frankfurt_c148-aws-sa-east-1 300
 LO BND r_w0862_london_c148-aws-sa-east-1 0
 UP BND r_w0862_london_c148-aws-sa-east-1 300
 LO BND x_w0862_c149-gcp-us-west2 0
 UP BND x_w0862_c149-gcp-us-west2 95
 LO BND r_w0862_frankfurt_c149-gcp-us-west2 0
 UP BND r_w0862_frankfurt_c149-gcp-us-west2 300
 LO BND r_w0862_london_c149-gcp-us-west2 0
 UP BND r_w0862_london_c149-gcp-us-west2 300
 LO BND r_w0862_mumbai_c149-gcp-us-west2 0
 UP BND r_w0862_mumbai_c149-gcp-us-west2 450
 LO BND x_w0862_c150-gcp-europe-west4 0
 UP BND x_w0862_c150-gcp-europe-west4 60
 LO BND r_w0862_frankfurt_c150-gcp-europe-west4 0
 UP BND r_w0862_frankfurt_c150-gcp-europe-west4 300
 LO BND r_w0862_london_c150-gcp-europe-west4 0
 UP BND r_w0862_london_c150-gcp-europe-west4 300
 LO BND r_w0862_mumbai_c150-gcp-europe-west4 0
 UP BND r_w0862_mumbai_c150-gcp-europe-west4 450
 LO BND x_w0862_c151-gcp-asia-southeast1 0
 UP BND x_w0862_c151-gcp-asia-southeast1 82
 LO BND r_w0862_frankfurt_c151-gcp-asia-southeast1 0
 UP BND r_w0862_frankfurt_c151-gcp-asia-southeast1 300
 LO BND r_w0862_london_c151-gcp-asia-southeast1 0
 UP BND r_w0862_london_c151-gcp-asia-southeast1 300
 LO BND r_w0862_mumbai_c151-gcp-asia-southeast1 0
 UP BND r_w0862_mumbai_c151-gcp-asia-southeast1 450
 LO BND x_w0862_c152-azure-southafricawest 0
 UP BND x_w0862_c152-azure-southafricawest 75
 LO BND r_w0862_frankfurt_c152-azure-southafricawest 0
 UP BND r_w0862_frankfurt_c152-azure-southafricawest 300
 LO BND r_w0862_london_c152-azure-southafricawest 0
 UP BND r_w0862_london_c152-azure-southafricawest 300
 LO BND r_w0862_mumbai_c152-azure-southafricawest 0
 UP BND r_w0862_mumbai_c152-azure-southafricawest 450
 LO BND x_w0862_c153-azure-italynorth 0
 UP BND x_w0862_c153-azure-italynorth 47
 LO BND r_w0862_frankfurt_c153-azure-italynorth 0
 UP BND r_w0862_frankfurt_c153-azure-italynorth 300
 LO BND r_w0862_london_c153-azure-italynorth 0
 UP BND r_w0862_london_c153-azure-italynorth 300
 LO BND r_w0862_mumbai_c153-azure-italynorth 0
 UP BND r_w0862_mumbai_c153-azure-italynorth 450
 LO BND x_w0862_c154-gcp-us-west1 0
 UP BND x_w0862_c154-gcp-us-west1 44
 LO BND r_w0862_frankfurt_c154-gcp-us-west1 0
 UP BND r_w0862_frankfurt_c154-gcp-us-west1 300
 LO BND r_w0862_london_c154-gcp-us-west1 0
 UP BND r_w0862_london_c154-gcp-us-west1 300
 LO BND r_w0862_mumbai_c154-gcp-us-west1 0
 UP BND r_w0862_mumbai_c154-gcp-us-west1 450
 LO BND x_w0862_c155-azure-jioindiawest 0
 UP BND x_w0862_c155-azure-jioindiawest 45
 LO BND r_w0862_frankfurt_c155-azure-jioindiawest 0
 UP BND r_w0862_frankfurt_c155-azure-jioindiawest 300
 LO BND r_w0862_london_c155-azure-jioindiawest 0
 UP BND r_w0862_london_c155-azure-jioindiawest 300
 LO BND r_w0862_mumbai_c155-azure-jioindiawest 0
 UP BND r_w0862_mumbai_c155-azure-jioindiawest 450
 LO BND x_w0862_c156-aws-eu-south-2 0
 UP BND x_w0862_c156-aws-eu-south-2 93
 LO BND r_w0862_frankfurt_c156-aws-eu-south-2 0
 UP BND r_w0862_frankfurt_c156-aws-eu-south-2 300
 LO BND r_w0862_london_c156-aws-eu-south-2 0
 UP BND r_w0862_london_c156-aws-eu-south-2 300
 LO BND r_w0862_mumbai_c156-aws-eu-south-2 0
 UP BND r_w0862_mumbai_c156-aws-eu-south-2 450
 LO BND x_w0862_c157-aws-us-west-1 0
 UP BND x_w0862_c157-aws-us-west-1 98
 LO BND r_w0862_frankfurt_c157-aws-us-west-1 0
 UP BND r_w0862_frankfurt_c157-aws-us-west-1 300
 LO BND r_w0862_london_c157-aws-us-west-1 0
 UP BND r_w0862_london_c157-aws-us-west-1 300
 LO BND r_w0862_mumbai_c157-aws-us-west-1 0
 UP BND r_w0862_mumbai_c157-aws-us-west-1 450
 LO BND x_w0862_c158-azure-newzealandnorth 0
 UP BND x_w0862_c158-azure-newzealandnorth 69
 LO BND r_w0862_mumbai_c158-azure-newzealandnorth 0
 UP BND r_w0862_mumbai_c158-azure-newzealandnorth 450
 LO BND x_w0862_c159-azure-francecentral 0
 UP BND x_w0862_c159-azure-francecentral 65
 LO BND r_w0862_frankfurt_c159-azure-francecentral 0
 UP BND r_w0862_frankfurt_c159-azure-francecentral 300
 LO BND r_w0862_london_c159-azure-francecentral 0
 UP BND r_w0862_london_c159-azure-francecentral 300
 LO BND r_w0862_mumbai_c159-azure-francecentral 0
 UP BND r_w0862_mumbai_c159-azure-francecentral 450
 LO BND x_w0862_c160-azure-uaecentral 0
 UP BND x_w0862_c160-azure-uaecentral 93
 LO BND r_w0862_frankfurt_c160-azure-uaecentral 0
 UP BND r_w0862_frankfurt_c160-azure-uaecentral 300
 LO BND r_w0862_london_c160-azure-uaecentral 0
 UP BND r_w0862_london_c160-azure-uaecentral 300
 LO BND r_w0862_mumbai_c160-azure-uaecentral 0
 UP BND r_w0862_mumbai_c160-azure-uaecentral 450
 LO BND x_w0862_c161-aws-ap-east-1 0
 UP BND x_w0862_c161-aws-ap-east-1 94
 LO BND r_w0862_frankfurt_c161-aws-ap-east-1 0
 UP BND r_w0862_frankfurt_c161-aws-ap-east-1 300
 LO BND r_w0862_mumbai_c161-aws-ap-east-1 0
 UP BND r_w0862_mumbai_c161-aws-ap-east-1 450
 LO BND x_w0862_c162-azure-germanynorth 0
 UP BND x_w0862_c162-azure-germanynorth 94
 LO BND r_w0862_frankfurt_c162-azure-germanynorth 0
 UP BND r_w0862_frankfurt_c162-azure-germanynorth 300
 LO BND r_w0862_london_c162-azure-germanynorth 0
 UP BND r_w0862_london_c162-azure-germanynorth 300
 LO BND r_w0862_mumbai_c162-azure-germanynorth 0
 UP BND r_w0862_mumbai_c162-azure-germanynorth 450
 LO BND x_w0862_c163-azure-canadacentral 0
 UP BND x_w0862_c163-azure-canadacentral 48
 LO BND r_w0862_frankfurt_c163-azure-canadacentral 0
 UP BND r_w0862_frankfurt_c163-azure-canadacentral 300
 LO BND r_w0862_london_c163-azure-canadacentral 0
 UP BND r_w0862_london_c163-azure-canadacentral 300
 LO BND r_w0862_mumbai_c163-azure-canadacentral 0
 UP BND r_w0862_mumbai_c163-azure-canadacentral 450
 LO BND x_w0862_c164-azure-westcentralus 0
 UP BND x_w0862_c164-azure-westcentralus 43
 LO BND r_w0862_frankfurt_c164-azure-westcentralus 0
 UP BND r_w0862_frankfurt_c164-azure-westcentralus 300
 LO BND r_w0862_london_c164-azure-westcentralus 0
 UP BND r_w0862_london_c164-azure-westcentralus 300
 LO BND r_w0862_mumbai_c164-azure-westcentralus 0
 UP BND r_w0862_mumbai_c164-azure-westcentralus 450
 LO BND x_w0862_c165-aws-eu-south-1 0
 UP BND x_w0862_c165-aws-eu-south-1 67
 LO BND r_w0862_frankfurt_c165-aws-eu-south-1 0
 UP BND r_w0862_frankfurt_c165-aws-eu-south-1 300
 LO BND r_w0862_london_c165-aws-eu-south-1 0
 UP BND r_w0862_london_c165-aws-eu-south-1 300
 LO BND r_w0862_mumbai_c165-aws-eu-south-1 0
 UP BND r_w0862_mumbai_c165-aws-eu-south-1 450
 LO BND x_w0862_c166-gcp-us-east5 0
 UP BND x_w0862_c166-gcp-us-east5 80
 LO BND r_w0862_frankfurt_c166-gcp-us-east5 0
 UP BND r_w0862_frankfurt_c166-gcp-us-east5 300
 LO BND r_w0862_london_c166-gcp-us-east5 0
 UP BND r_w0862_london_c166-gcp-us-east5 300
 LO BND r_w0862_mumbai_c166-gcp-us-east5 0
 UP BND r_w0862_mumbai_c166-gcp-us-east5 450
 LO BND x_w0862_c167-azure-southafricanorth 0
 UP BND x_w0862_c167-azure-southafricanorth 45
 LO BND r_w0862_frankfurt_c167-azure-southafricanorth 0
 UP BND r_w0862_frankfurt_c167-azure-southafricanorth 300
 LO BND r_w0862_london_c167-azure-southafricanorth 0
 UP BND r_w0862_london_c167-azure-southafricanorth 300
 LO BND x_w0862_c168-gcp-europe-west4 0
 UP BND x_w0862_c168-gcp-europe-west4 73
 LO BND r_w0862_frankfurt_c168-gcp-europe-west4 0
 UP BND r_w0862_frankfurt_c168-gcp-europe-west4 300
 LO BND r_w0862_london_c168-gcp-europe-west4 0
 UP BND r_w0862_london_c168-gcp-europe-west4 300
 LO BND r_w0862_mumbai_c168-gcp-europe-west4 0
 UP BND r_w0862_mumbai_c168-gcp-europe-west4 450
 LO BND x_w0862_c169-gcp-us-east4 0
 UP BND x_w0862_c169-gcp-us-east4 44
 LO BND r_w0862_frankfurt_c169-gcp-us-east4 0
 UP BND r_w0862_frankfurt_c169-gcp-us-east4 300
 LO BND r_w0862_london_c169-gcp-us-east4 0
 UP BND r_w0862_london_c169-gcp-us-east4 300
 LO BND r_w0862_mumbai_c169-gcp-us-east4 0
 UP BND r_w0862_mumbai_c169-gcp-us-east4 450
 LO BND x_w0862_c170-gcp-australia-southeast2 0
 UP BND x_w0862_c170-gcp-australia-southeast2 88
 LO BND r_w0862_mumbai_c170-gcp-australia-southeast2 0
 UP BND r_w0862_mumbai_c170-gcp-australia-southeast2 450
 LO BND x_w0862_c171-gcp-europe-west9 0
 UP BND x_w0862_c171-gcp-europe-west9 57
 LO BND r_w0862_frankfurt_c171-gcp-europe-west9 0
 UP BND r_w0862_frankfurt_c171-gcp-europe-west9 300
 LO BND r_w0862_london_c171-gcp-europe-west9 0
 UP BND r_w0862_london_c171-gcp-europe-west9 300
 LO BND r_w0862_mumbai_c171-gcp-europe-west9 0
 UP BND r_w0862_mumbai_c171-gcp-europe-west9 450
 LO BND x_w0862_c172-aws-me-south-1 0
 UP BND x_w0862_c172-aws-me-south-1 78
 LO BND r_w0862_frankfurt_c172-aws-me-south-1 0
 UP BND r_w0862_frankfurt_c172-aws-me-south-1 300
 LO BND r_w0862_london_c172-aws-me-south-1 0
 UP BND r_w0862_london_c172-aws-me-south-1 300
 LO BND r_w0862_mumbai_c172-aws-me-south-1 0
 UP BND r_w0862_mumbai_c172-aws-me-south-1 450
 LO BND x_w0862_c173-aws-il-central-1 0
 UP BND x_w0862_c173-aws-il-central-1 57
 LO BND r_w0862_frankfurt_c173-aws-il-central-1 0
 UP BND r_w0862_frankfurt_c173-aws-il-central-1 300
 LO BND r_w0862_london_c173-aws-il-central-1 0
 UP BND r_w0862_london_c173-aws-il-central-1 300
 LO BND r_w0862_mumbai_c173-aws-il-central-1 0
 UP BND r_w0862_mumbai_c173-aws-il-central-1 450
 LO BND x_w0862_c174-aws-eu-central-1 0
 UP BND x_w0862_c174-aws-eu-central-1 45
 LO BND r_w0862_frankfurt_c174-aws-eu-central-1 0
 UP BND r_w0862_frankfurt_c174-aws-eu-central-1 300
 LO BND r_w0862_london_c174-aws-eu-central-1 0
 UP BND r_w0862_london_c174-aws-eu-central-1 300
 LO BND r_w0862_mumbai_c174-aws-eu-central-1 0
 UP BND r_w0862_mumbai_c174-aws-eu-central-1 450
 LO BND x_w0862_c175-azure-eastasia 0
 UP BND x_w0862_c175-azure-eastasia 56
 LO BND r_w0862_frankfurt_c175-azure-eastasia 0
 UP BND r_w0862_frankfurt_c175-azure-eastasia 300
 LO BND r_w0862_london_c175-azure-eastasia 0
 UP BND r_w0862_london_c175-azure-eastasia 300
 LO BND r_w0862_mumbai_c175-azure-eastasia 0
 UP BND r_w0862_mumbai_c175-azure-eastasia 450
 LO BND x_w0862_c176-aws-us-east-2 0
 UP BND x_w0862_c176-aws-us-east-2 41
 LO BND r_w0862_frankfurt_c176-aws-us-east-2 0
 UP BND r_w0862_frankfurt_c176-aws-us-east-2 300
 LO BND r_w0862_london_c176-aws-us-east-2 0
 UP BND r_w0862_london_c176-aws-us-east-2 300
 LO BND r_w0862_mumbai_c176-aws-us-east-2 0
 UP BND r_w0862_mumbai_c176-aws-us-east-2 450
 LO BND x_w0862_c177-azure-francesouth 0
 UP BND x_w0862_c177-azure-francesouth 46
 LO BND r_w0862_frankfurt_c177-azure-francesouth 0
 UP BND r_w0862_frankfurt_c177-azure-francesouth 300
 LO BND r_w0862_london_c177-azure-francesouth 0
 UP BND r_w0862_london_c177-azure-francesouth 300
 LO BND r_w0862_mumbai_c177-azure-francesouth 0
 UP BND r_w0862_mumbai_c177-azure-francesouth 450
 LO BND x_w0862_c178-aws-us-west-1 0
 UP BND x_w0862_c178-aws-us-west-1 57
 LO BND r_w0862_frankfurt_c178-aws-us-west-1 0
 UP BND r_w0862_frankfurt_c178-aws-us-west-1 300
 LO BND r_w0862_london_c178-aws-us-west-1 0
 UP BND r_w0862_london_c178-aws-us-west-1 300
 LO BND r_w0862_mumbai_c178-aws-us-west-1 0
 UP BND r_w0862_mumbai_c178-aws-us-west-1 450
 LO BND x_w0862_c179-azure-switzerlandnorth 0
 UP BND x_w0862_c179-azure-switzerlandnorth 94
 LO BND r_w0862_frankfurt_c179-azure-switzerlandnorth 0
 UP BND r_w0862_frankfurt_c179-azure-switzerlandnorth 300
 LO BND r_w0862_london_c179-azure-switzerlandnorth 0
 UP BND r_w0862_london_c179-azure-switzerlandnorth 300
 LO BND r_w0862_mumbai_c179-azure-switzerlandnorth 0
 UP BND r_w0862_mumbai_c179-azure-switzerlandnorth 450
 LO BND x_w0862_c180-azure-francesouth 0
 UP BND x_w0862_c180-azure-francesouth 70
 LO BND r_w0862_frankfurt_c180-azure-francesouth 0
 UP BND r_w0862_frankfurt_c180-azure-francesouth 300
 LO BND r_w0862_london_c180-azure-francesouth 0
 UP BND r_w0862_london_c180-azure-francesouth 300
 LO BND r_w0862_mumbai_c180-azure-francesouth 0
 UP BND r_w0862_mumbai_c180-azure-francesouth 450
 LO BND x_w0862_c181-azure-southeastasia 0
 UP BND x_w0862_c181-azure-southeastasia 53
 LO BND r_w0862_frankfurt_c181-azure-southeastasia 0
 UP BND r_w0862_frankfurt_c181-azure-southeastasia 300
 LO BND r_w0862_london_c181-azure-southeastasia 0
 UP BND r_w0862_london_c181-azure-southeastasia 300
 LO BND r_w0862_mumbai_c181-azure-southeastasia 0
 UP BND r_w0862_mumbai_c181-azure-southeastasia 450
 LO BND x_w0862_c182-azure-westus2 0
 UP BND x_w0862_c182-azure-westus2 50
 LO BND r_w0862_frankfurt_c182-azure-westus2 0
 UP BND r_w0862_frankfurt_c182-azure-westus2 300
 LO BND r_w0862_london_c182-azure-westus2 0
 UP BND r_w0862_london_c182-azure-westus2 300
 LO BND r_w0862_mumbai_c182-azure-westus2 0
 UP BND r_w0862_mumbai_c182-azure-westus2 450
 LO BND x_w0862_c183-aws-eu-central-1 0
 UP BND x_w0862_c183-aws-eu-central-1 80
 LO BND r_w0862_frankfurt_c183-aws-eu-central-1 0
 UP BND r_w0862_frankfurt_c183-aws-eu-central-1 300
 LO BND r_w0862_london_c183-aws-eu-central-1 0
 UP BND r_w0862_london_c183-aws-eu-central-1 300
 LO BND r_w0862_mumbai_c183-aws-eu-central-1 0
 UP BND r_w0862_mumbai_c183-aws-eu-central-1 450
 LO BND x_w0862_c184-gcp-europe-west2 0
 UP BND x_w0862_c184-gcp-europe-west2 88
 LO BND r_w0862_frankfurt_c184-gcp-europe-west2 0
 UP BND r_w0862_frankfurt_c184-gcp-europe-west2 300
 LO BND r_w0862_london_c184-gcp-europe-west2 0
 UP BND r_w0862_london_c184-gcp-europe-west2 300
 LO BND r_w0862_mumbai_c184-gcp-europe-west2 0
 UP BND r_w0862_mumbai_c184-gcp-europe-west2 450
 LO BND x_w0862_c185-aws-ap-east-1 0
 UP BND x_w0862_c185-aws-ap-east-1 78
 LO BND r_w0862_frankfurt_c185-aws-ap-east-1 0
 UP BND r_w0862_frankfurt_c185-aws-ap-east-1 300
 LO BND r_w0862_mumbai_c185-aws-ap-east-1 0
 UP BND r_w0862_mumbai_c185-aws-ap-east-1 450
 LO BND x_w0862_c186-azure-francecentral 0
 UP BND x_w0862_c186-azure-francecentral 87
 LO BND r_w0862_frankfurt_c186-azure-francecentral 0
 UP BND r_w0862_frankfurt_c186-azure-francecentral 300
 LO BND r_w0862_london_c186-azure-francecentral 0
 UP BND r_w0862_london_c186-azure-francecentral 300
 LO BND r_w0862_mumbai_c186-azure-francecentral 0
 UP BND r_w0862_mumbai_c186-azure-francecentral 450
 LO BND x_w0862_c187-gcp-asia-east1 0
 UP BND x_w0862_c187-gcp-asia-east1 41
 LO BND r_w0862_frankfurt_c187-gcp-asia-east1 0
 UP BND r_w0862_frankfurt_c187-gcp-asia-east1 300
 LO BND r_w0862_london_c187-gcp-asia-east1 0
 UP BND r_w0862_london_c187-gcp-asia-east1 300
 LO BND r_w0862_mumbai_c187-gcp-asia-east1 0
 UP BND r_w0862_mumbai_c187-gcp-asia-east1 450
 LO BND x_w0862_c188-aws-sa-east-1 0
 UP BND x_w0862_c188-aws-sa-east-1 52
 LO BND r_w0862_frankfurt_c188-aws-sa-east-1 0
 UP BND r_w0862_frankfurt_c188-aws-sa-east-1 300
 LO BND r_w0862_london_c188-aws-sa-east-1 0
 UP BND r_w0862_london_c188-aws-sa-east-1 300
 LO BND x_w0862_c189-azure-swedencentral 0
 UP BND x_w0862_c189-azure-swedencentral 49
 LO BND r_w0862_frankfurt_c189-azure-swedencentral 0
 UP BND r_w0862_frankfurt_c189-azure-swedencentral 300
 LO BND r_w0862_london_c189-azure-swedencentral 0
 UP BND r_w0862_london_c189-azure-swedencentral 300
 LO BND r_w0862_mumbai_c189-azure-swedencentral 0
 UP BND r_w0862_mumbai_c189-azure-swedencentral 450
 LO BND x_w0862_c190-gcp-asia-south2 0
 UP BND x_w0862_c190-gcp-asia-south2 43
 LO BND r_w0862_frankfurt_c190-gcp-asia-south2 0
 UP BND r_w0862_frankfurt_c190-gcp-asia-south2 300
 LO BND r_w0862_london_c190-gcp-asia-south2 0
 UP BND r_w0862_london_c190-gcp-asia-south2 300
 LO BND r_w0862_mumbai_c190-gcp-asia-south2 0
 UP BND r_w0862_mumbai_c190-gcp-asia-south2 450
 LO BND x_w0862_c191-azure-koreacentral 0
 UP BND x_w0862_c191-azure-koreacentral 90
 LO BND r_w0862_frankfurt_c191-azure-koreacentral 0
 UP BND r_w0862_frankfurt_c191-azure-koreacentral 300
 LO BND r_w0862_london_c191-azure-koreacentral 0
 UP BND r_w0862_london_c191-azure-koreacentral 300
 LO BND r_w0862_mumbai_c191-azure-koreacentral 0
 UP BND r_w0862_mumbai_c191-azure-koreacentral 450
 LO BND x_w0862_c192-gcp-europe-north1 0
 UP BND x_w0862_c192-gcp-europe-north1 69
 LO BND r_w0862_frankfurt_c192-gcp-europe-north1 0
 UP BND r_w0862_frankfurt_c192-gcp-europe-north1 300
 LO BND r_w0862_london_c192-gcp-europe-north1 0
 UP BND r_w0862_london_c192-gcp-europe-north1 300
 LO BND r_w0862_mumbai_c192-gcp-europe-north1 0
 UP BND r_w0862_mumbai_c192-gcp-europe-north1 450
 LO BND x_w0862_c193-azure-australiaeast 0
 UP BND x_w0862_c193-azure-australiaeast 48
 LO BND r_w0862_london_c193-azure-australiaeast 0
 UP BND r_w0862_london_c193-azure-australiaeast 300
 LO BND r_w0862_mumbai_c193-azure-australiaeast 0
 UP BND r_w0862_mumbai_c193-azure-australiaeast 450
 LO BND x_w0862_c194-azure-uksouth 0
 UP BND x_w0862_c194-azure-uksouth 61
 LO BND r_w0862_frankfurt_c194-azure-uksouth 0
 UP BND r_w0862_frankfurt_c194-azure-uksouth 300
 LO BND r_w0862_london_c194-azure-uksouth 0
 UP BND r_w0862_london_c194-azure-uksouth 300
 LO BND r_w0862_mumbai_c194-azure-uksouth 0
 UP BND r_w0862_mumbai_c194-azure-uksouth 450
 LO BND x_w0862_c195-gcp-europe-west3 0
 UP BND x_w0862_c195-gcp-europe-west3 81
 LO BND r_w0862_frankfurt_c195-gcp-europe-west3 0
 UP BND r_w0862_frankfurt_c195-gcp-europe-west3 300
 LO BND r_w0862_london_c195-gcp-europe-west3 0
 UP BND r_w0862_london_c195-gcp-europe-west3 300
 LO BND r_w0862_mumbai_c195-gcp-europe-west3 0
 UP BND r_w0862_mumbai_c195-gcp-europe-west3 450
 LO BND x_w0862_c196-azure-qatarcentral 0
 UP BND x_w0862_c196-azure-qatarcentral 43
 LO BND r_w0862_frankfurt_c196-azure-qatarcentral 0
 UP BND r_w0862_frankfurt_c196-azure-qatarcentral 300
 LO BND r_w0862_london_c196-azure-qatarcentral 0
 UP BND r_w0862_london_c196-azure-qatarcentral 300
 LO BND r_w0862_mumbai_c196-azure-qatarcentral 0
 UP BND r_w0862_mumbai_c196-azure-qatarcentral 450
 LO BND x_w0862_c197-azure-westus 0
 UP BND x_w0862_c197-azure-westus 62
 LO BND r_w0862_frankfurt_c197-azure-westus 0
 UP BND r_w0862_frankfurt_c197-azure-westus 300
 LO BND r_w0862_london_c197-azure-westus 0
 UP BND r_w0862_london_c197-azure-westus 300
 LO BND x_w0862_c198-aws-eu-south-2 0
 UP BND x_w0862_c198-aws-eu-south-2 81
 LO BND r_w0862_frankfurt_c198-aws-eu-south-2 0
 UP BND r_w0862_frankfurt_c198-aws-eu-south-2 300
 LO BND r_w0862_london_c198-aws-eu-south-2 0
 UP BND r_w0862_london_c198-aws-eu-south-2 300
 LO BND r_w0862_mumbai_c198-aws-eu-south-2 0
 UP BND r_w0862_mumbai_c198-aws-eu-south-2 450
 LO BND x_w0862_c199-aws-ap-southeast-3 0
 UP BND x_w0862_c199-aws-ap-southeast-3 82
 LO BND r_w0862_frankfurt_c199-aws-ap-southeast-3 0
 UP BND r_w0862_frankfurt_c199-aws-ap-southeast-3 300
 LO BND r_w0862_mumbai_c199-aws-ap-southeast-3 0
 UP BND r_w0862_mumbai_c199-aws-ap-southeast-3 450
ENDATA

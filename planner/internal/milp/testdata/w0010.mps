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
 G r150_replicas
 E r151_demand
 L r152_capacity
 L r153_capacity
 L r155_capacity
 L r156_capacity
 L r158_capacity
 L r159_capacity
 L r161_capacity
 L r162_capacity
 L r164_capacity
 L r165_capacity
 L r167_capacity
 L r168_capacity
 L r170_capacity
 L r171_capacity
 L r173_capacity
 L r174_capacity
 L r176_capacity
 L r177_capacity
 L r179_capacity
 L r180_capacity
 L r182_capacity
 L r183_capacity
 L r185_capacity
 L r186_capacity
 L r188_capacity
 L r189_capacity
 L r191_capacity
 L r192_capacity
 L r194_capacity
 L r195_capacity
 L r197_capacity
 L r198_capacity
 L r200_capacity
 L r201_capacity
 L r203_capacity
 L r204_capacity
 L r206_capacity
 L r207_capacity
 L r209_capacity
 L r210_capacity
 L r212_capacity
 L r213_capacity
 L r215_capacity
 L r216_capacity
 L r218_capacity
 L r219_capacity
 L r221_capacity
 L r222_capacity
 L r224_capacity
 L r225_capacity
 L r227_capacity
 L r228_capacity
 L r230_capacity
 L r231_capacity
 L r233_capacity
 L r234_capacity
 L r236_capacity
 L r237_capacity
 L r239_capacity
 L r240_capacity
 L r242_capacity
 L r243_capacity
 L r245_capacity
 L r246_capacity
 L r248_capacity
 L r249_capacity
 L r251_capacity
 L r252_capacity
 L r254_capacity
 L r255_capacity
 L r257_capacity
 L r258_capacity
 L r260_capacity
 L r261_capacity
 L r263_capacity
 L r264_capacity
 L r266_capacity
 L r267_capacity
 L r269_capacity
 L r270_capacity
 L r272_capacity
 L r273_capacity
 L r275_capacity
 L r276_capacity
 L r278_capacity
 L r279_capacity
 L r281_capacity
 L r282_capacity
 L r284_capacity
 L r285_capacity
 L r287_capacity
 L r288_capacity
 L r290_capacity
 L r291_capacity
 L r293_capacity
 L r294_capacity
 L r296_capacity
 L r297_capacity
 L r299_capacity
 L r300_capacity
 L r302_capacity
 L r303_capacity
 L r305_capacity
 L r306_capacity
 L r308_capacity
 L r309_capacity
 L r311_capacity
 L r312_capacity
 L r314_capacity
 L r315_capacity
 L r317_capacity
 L r318_capacity
 L r320_capacity
 L r321_capacity
 L r323_capacity
 L r324_capacity
 L r326_capacity
 L r327_capacity
 L r329_capacity
 L r330_capacity
 L r332_capacity
 L r333_capacity
 L r335_capacity
 L r336_capacity
 L r338_capacity
 L r339_capacity
 L r341_capacity
 L r342_capacity
 L r344_capacity
 L r345_capacity
 L r347_capacity
 L r348_capacity
 L r350_capacity
 L r351_capacity
 L r353_capacity
 L r354_capacity
 L r356_capacity
 L r357_capacity
 L r359_capacity
 L r360_capacity
 L r362_capacity
 L r363_capacity
 L r365_capacity
 L r366_capacity
 L r368_capacity
 L r369_capacity
 L r371_capacity
 L r372_capacity
 L r374_capacity
 L r375_capacity
 L r377_capacity
 L r378_capacity
 L r380_capacity
 L r381_capacity
 L r383_capacity
 L r384_capacity
 L r386_capacity
 L r387_capacity
 L r389_capacity
 L r390_capacity
 L r392_capacity
 L r393_capacity
 L r395_capacity
 L r396_capacity
 L r398_capacity
 L r399_capacity
 L r401_capacity
 L r402_capacity
 L r404_capacity
 L r405_capacity
 L r407_capacity
 L r408_capacity
 L r410_capacity
 L r411_capacity
 L r413_capacity
 L r414_capacity
 L r416_capacity
 L r417_capacity
 L r419_capacity
 L r420_capacity
 L r422_capacity
 L r423_capacity
 L r425_capacity
 L r426_capacity
 L r428_capacity
 L r429_capacity
 L r431_capacity
 L r432_capacity
 L r434_capacity
 L r435_capacity
 L r437_capacity
 L r438_capacity
 L r440_capacity
 L r441_capacity
 L r443_capacity
 L r444_capacity
 L r446_capacity
 L r447_capacity
 L r449_capacity
 L r450_capacity
 L r452_capacity
 L r453_capacity
 L r455_capacity
 L r456_capacity
 L r458_capacity
 L r459_capacity
 L r461_capacity
 L r462_capacity
 L r464_capacity
 L r465_capacity
 L r467_capacity
 L r468_capacity
 L r470_capacity
 L r471_capacity
 L r473_capacity
 L r474_capacity
 L r476_capacity
 L r477_capacity
 L r479_capacity
 L r480_capacity
 L r482_capacity
 L r483_capacity
 L r485_capacity
 L r486_capacity
 L r488_capacity
 L r489_capacity
 L r491_capacity
 L r492_capacity
 L r494_capacity
 L r495_capacity
 L r497_capacity
 L r498_capacity
 L r500_capacity
 L r501_capacity
 L r503_capacity
 L r504_capacity
 L r506_capacity
 L r507_capacity
 L r509_capacity
 L r510_capacity
 L r512_capacity
 L r513_capacity
 L r515_capacity
 L r516_capacity
 L r518_capacity
 L r519_capacity
 L r521_capacity
 L r522_capacity
 L r524_capacity
 L r525_capacity
 L r527_capacity
 L r528_capacity
 L r530_capacity
 L r531_capacity
 L r533_capacity
 L r534_capacity
 L r536_capacity
 L r537_capacity
 L r539_capacity
 L r540_capacity
 L r542_capacity
 L r543_capacity
 L r545_capacity
 L r546_capacity
 L r548_capacity
 L r549_capacity
 L r551_capacity
 L r552_capacity
 L r554_capacity
 L r555_capacity
 L r557_capacity
 L r558_capacity
 L r560_capacity
 L r561_capacity
 L r563_capacity
 L r564_capacity
 L r566_capacity
 L r567_capacity
 L r569_capacity
 L r570_capacity
 L r572_capacity
 L r573_capacity
 L r575_capacity
 L r576_capacity
 L r578_capacity
 L r579_capacity
 L r581_capacity
 L r582_capacity
 L r584_capacity
 L r585_capacity
 L r587_capacity
 L r588_capacity
 L r590_capacity
 L r591_capacity
 L r593_capacity
 L r594_capacity
 L r596_capacity
 L r597_capacity
 L r599_capacity
 L r600_capacity
COLUMNS
 MARKER 'MARKER' 'INTORG'
 x_w0010_c000-azure-polandcentral OBJ 34.627788162499996
 x_w0010_c000-azure-polandcentral r0_serve -100
 x_w0010_c000-azure-polandcentral r150_replicas 1
 x_w0010_c000-azure-polandcentral r152_capacity 1.25
 x_w0010_c000-azure-polandcentral r153_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c000-azure-polandcentral OBJ 0
 r_w0010_mumbai_c000-azure-polandcentral r0_serve 1
 r_w0010_mumbai_c000-azure-polandcentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c001-azure-eastasia OBJ 34.627788162499996
 x_w0010_c001-azure-eastasia r1_serve -100
 x_w0010_c001-azure-eastasia r150_replicas 1
 x_w0010_c001-azure-eastasia r155_capacity 1.25
 x_w0010_c001-azure-eastasia r156_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c001-azure-eastasia OBJ 0
 r_w0010_mumbai_c001-azure-eastasia r1_serve 1
 r_w0010_mumbai_c001-azure-eastasia r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c002-azure-switzerlandwest OBJ 34.627788162499996
 x_w0010_c002-azure-switzerlandwest r2_serve -100
 x_w0010_c002-azure-switzerlandwest r150_replicas 1
 x_w0010_c002-azure-switzerlandwest r158_capacity 1.25
 x_w0010_c002-azure-switzerlandwest r159_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c002-azure-switzerlandwest OBJ 0
 r_w0010_mumbai_c002-azure-switzerlandwest r2_serve 1
 r_w0010_mumbai_c002-azure-switzerlandwest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c003-azure-germanynorth OBJ 34.627788162499996
 x_w0010_c003-azure-germanynorth r3_serve -100
 x_w0010_c003-azure-germanynorth r150_replicas 1
 x_w0010_c003-azure-germanynorth r161_capacity 1.25
 x_w0010_c003-azure-germanynorth r162_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c003-azure-germanynorth OBJ 0
 r_w0010_mumbai_c003-azure-germanynorth r3_serve 1
 r_w0010_mumbai_c003-azure-germanynorth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c004-azure-switzerlandnorth OBJ 34.627788162499996
 x_w0010_c004-azure-switzerlandnorth r4_serve -100
 x_w0010_c004-azure-switzerlandnorth r150_replicas 1
 x_w0010_c004-azure-switzerlandnorth r164_capacity 1.25
 x_w0010_c004-azure-switzerlandnorth r165_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c004-azure-switzerlandnorth OBJ 0
 r_w0010_mumbai_c004-azure-switzerlandnorth r4_serve 1
 r_w0010_mumbai_c004-azure-switzerlandnorth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c005-aws-af-south-1 OBJ 45.8096774075
 x_w0010_c005-aws-af-south-1 r5_serve -100
 x_w0010_c005-aws-af-south-1 r150_replicas 1
 x_w0010_c005-aws-af-south-1 r167_capacity 1.25
 x_w0010_c005-aws-af-south-1 r168_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c005-aws-af-south-1 OBJ 0
 r_w0010_mumbai_c005-aws-af-south-1 r5_serve 1
 r_w0010_mumbai_c005-aws-af-south-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c006-azure-northeurope OBJ 34.627788162499996
 x_w0010_c006-azure-northeurope r6_serve -100
 x_w0010_c006-azure-northeurope r150_replicas 1
 x_w0010_c006-azure-northeurope r170_capacity 1.25
 x_w0010_c006-azure-northeurope r171_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c006-azure-northeurope OBJ 0
 r_w0010_mumbai_c006-azure-northeurope r6_serve 1
 r_w0010_mumbai_c006-azure-northeurope r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c007-aws-ap-southeast-1 OBJ 43.28473552249999
 x_w0010_c007-aws-ap-southeast-1 r7_serve -100
 x_w0010_c007-aws-ap-southeast-1 r150_replicas 1
 x_w0010_c007-aws-ap-southeast-1 r173_capacity 1.25
 x_w0010_c007-aws-ap-southeast-1 r174_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c007-aws-ap-southeast-1 OBJ 0
 r_w0010_mumbai_c007-aws-ap-southeast-1 r7_serve 1
 r_w0010_mumbai_c007-aws-ap-southeast-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c009-gcp-europe-west9 OBJ 40.63534853
 x_w0010_c009-gcp-europe-west9 r8_serve -100
 x_w0010_c009-gcp-europe-west9 r150_replicas 1
 x_w0010_c009-gcp-europe-west9 r176_capacity 1.25
 x_w0010_c009-gcp-europe-west9 r177_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c009-gcp-europe-west9 OBJ 0
 r_w0010_mumbai_c009-gcp-europe-west9 r8_serve 1
 r_w0010_mumbai_c009-gcp-europe-west9 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c012-azure-italynorth OBJ 34.627788162499996
 x_w0010_c012-azure-italynorth r9_serve -100
 x_w0010_c012-azure-italynorth r150_replicas 1
 x_w0010_c012-azure-italynorth r179_capacity 1.25
 x_w0010_c012-azure-italynorth r180_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c012-azure-italynorth OBJ 0
 r_w0010_mumbai_c012-azure-italynorth r9_serve 1
 r_w0010_mumbai_c012-azure-italynorth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c014-azure-centralindia OBJ 34.627788162499996
 x_w0010_c014-azure-centralindia r10_serve -100
 x_w0010_c014-azure-centralindia r150_replicas 1
 x_w0010_c014-azure-centralindia r182_capacity 1.25
 x_w0010_c014-azure-centralindia r183_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c014-azure-centralindia OBJ 0
 r_w0010_mumbai_c014-azure-centralindia r10_serve 1
 r_w0010_mumbai_c014-azure-centralindia r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c015-gcp-europe-central2 OBJ 45.13335376
 x_w0010_c015-gcp-europe-central2 r11_serve -100
 x_w0010_c015-gcp-europe-central2 r150_replicas 1
 x_w0010_c015-gcp-europe-central2 r185_capacity 1.25
 x_w0010_c015-gcp-europe-central2 r186_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c015-gcp-europe-central2 OBJ 0
 r_w0010_mumbai_c015-gcp-europe-central2 r11_serve 1
 r_w0010_mumbai_c015-gcp-europe-central2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c016-azure-eastasia OBJ 34.627788162499996
 x_w0010_c016-azure-eastasia r12_serve -100
 x_w0010_c016-azure-eastasia r150_replicas 1
 x_w0010_c016-azure-eastasia r188_capacity 1.25
 x_w0010_c016-azure-eastasia r189_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c016-azure-eastasia OBJ 0
 r_w0010_mumbai_c016-azure-eastasia r12_serve 1
 r_w0010_mumbai_c016-azure-eastasia r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c018-azure-francecentral OBJ 34.627788162499996
 x_w0010_c018-azure-francecentral r13_serve -100
 x_w0010_c018-azure-francecentral r150_replicas 1
 x_w0010_c018-azure-francecentral r191_capacity 1.25
 x_w0010_c018-azure-francecentral r192_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c018-azure-francecentral OBJ 0
 r_w0010_mumbai_c018-azure-francecentral r13_serve 1
 r_w0010_mumbai_c018-azure-francecentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c019-aws-ap-southeast-7 OBJ 43.28473552249999
 x_w0010_c019-aws-ap-southeast-7 r14_serve -100
 x_w0010_c019-aws-ap-southeast-7 r150_replicas 1
 x_w0010_c019-aws-ap-southeast-7 r194_capacity 1.25
 x_w0010_c019-aws-ap-southeast-7 r195_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c019-aws-ap-southeast-7 OBJ 0
 r_w0010_mumbai_c019-aws-ap-southeast-7 r14_serve 1
 r_w0010_mumbai_c019-aws-ap-southeast-7 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c020-azure-australiaeast OBJ 40.399086219999994
 x_w0010_c020-azure-australiaeast r15_serve -100
 x_w0010_c020-azure-australiaeast r150_replicas 1
 x_w0010_c020-azure-australiaeast r197_capacity 1.25
 x_w0010_c020-azure-australiaeast r198_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c020-azure-australiaeast OBJ 0
 r_w0010_mumbai_c020-azure-australiaeast r15_serve 1
 r_w0010_mumbai_c020-azure-australiaeast r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c021-aws-eu-south-2 OBJ 40.399086219999994
 x_w0010_c021-aws-eu-south-2 r16_serve -100
 x_w0010_c021-aws-eu-south-2 r150_replicas 1
 x_w0010_c021-aws-eu-south-2 r200_capacity 1.25
 x_w0010_c021-aws-eu-south-2 r201_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c021-aws-eu-south-2 OBJ 0
 r_w0010_mumbai_c021-aws-eu-south-2 r16_serve 1
 r_w0010_mumbai_c021-aws-eu-south-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c024-gcp-europe-west1 OBJ 38.5360395325
 x_w0010_c024-gcp-europe-west1 r17_serve -100
 x_w0010_c024-gcp-europe-west1 r150_replicas 1
 x_w0010_c024-gcp-europe-west1 r203_capacity 1.25
 x_w0010_c024-gcp-europe-west1 r204_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c024-gcp-europe-west1 OBJ 0
 r_w0010_mumbai_c024-gcp-europe-west1 r17_serve 1
 r_w0010_mumbai_c024-gcp-europe-west1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c026-azure-southafricawest OBJ 34.627788162499996
 x_w0010_c026-azure-southafricawest r18_serve -100
 x_w0010_c026-azure-southafricawest r150_replicas 1
 x_w0010_c026-azure-southafricawest r206_capacity 1.25
 x_w0010_c026-azure-southafricawest r207_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c026-azure-southafricawest OBJ 0
 r_w0010_mumbai_c026-azure-southafricawest r18_serve 1
 r_w0010_mumbai_c026-azure-southafricawest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c027-azure-westeurope OBJ 34.627788162499996
 x_w0010_c027-azure-westeurope r19_serve -100
 x_w0010_c027-azure-westeurope r150_replicas 1
 x_w0010_c027-azure-westeurope r209_capacity 1.25
 x_w0010_c027-azure-westeurope r210_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c027-azure-westeurope OBJ 0
 r_w0010_mumbai_c027-azure-westeurope r19_serve 1
 r_w0010_mumbai_c027-azure-westeurope r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c028-azure-eastus OBJ 34.627788162499996
 x_w0010_c028-azure-eastus r20_serve -100
 x_w0010_c028-azure-eastus r150_replicas 1
 x_w0010_c028-azure-eastus r212_capacity 1.25
 x_w0010_c028-azure-eastus r213_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c028-azure-eastus OBJ 0
 r_w0010_mumbai_c028-azure-eastus r20_serve 1
 r_w0010_mumbai_c028-azure-eastus r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c030-azure-polandcentral OBJ 34.627788162499996
 x_w0010_c030-azure-polandcentral r21_serve -100
 x_w0010_c030-azure-polandcentral r150_replicas 1
 x_w0010_c030-azure-polandcentral r215_capacity 1.25
 x_w0010_c030-azure-polandcentral r216_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c030-azure-polandcentral OBJ 0
 r_w0010_mumbai_c030-azure-polandcentral r21_serve 1
 r_w0010_mumbai_c030-azure-polandcentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c031-aws-ap-south-2 OBJ 36.4313184975
 x_w0010_c031-aws-ap-south-2 r22_serve -100
 x_w0010_c031-aws-ap-south-2 r150_replicas 1
 x_w0010_c031-aws-ap-south-2 r218_capacity 1.25
 x_w0010_c031-aws-ap-south-2 r219_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c031-aws-ap-south-2 OBJ 0
 r_w0010_mumbai_c031-aws-ap-south-2 r22_serve 1
 r_w0010_mumbai_c031-aws-ap-south-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c032-gcp-asia-northeast1 OBJ 44.9403758875
 x_w0010_c032-gcp-asia-northeast1 r23_serve -100
 x_w0010_c032-gcp-asia-northeast1 r150_replicas 1
 x_w0010_c032-gcp-asia-northeast1 r221_capacity 1.25
 x_w0010_c032-gcp-asia-northeast1 r222_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c032-gcp-asia-northeast1 OBJ 0
 r_w0010_mumbai_c032-gcp-asia-northeast1 r23_serve 1
 r_w0010_mumbai_c032-gcp-asia-northeast1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c033-gcp-europe-west1 OBJ 38.5360395325
 x_w0010_c033-gcp-europe-west1 r24_serve -100
 x_w0010_c033-gcp-europe-west1 r150_replicas 1
 x_w0010_c033-gcp-europe-west1 r224_capacity 1.25
 x_w0010_c033-gcp-europe-west1 r225_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c033-gcp-europe-west1 OBJ 0
 r_w0010_mumbai_c033-gcp-europe-west1 r24_serve 1
 r_w0010_mumbai_c033-gcp-europe-west1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c036-aws-eu-west-3 OBJ 40.399086219999994
 x_w0010_c036-aws-eu-west-3 r25_serve -100
 x_w0010_c036-aws-eu-west-3 r150_replicas 1
 x_w0010_c036-aws-eu-west-3 r227_capacity 1.25
 x_w0010_c036-aws-eu-west-3 r228_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c036-aws-eu-west-3 OBJ 0
 r_w0010_mumbai_c036-aws-eu-west-3 r25_serve 1
 r_w0010_mumbai_c036-aws-eu-west-3 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c037-aws-ap-southeast-7 OBJ 43.28473552249999
 x_w0010_c037-aws-ap-southeast-7 r26_serve -100
 x_w0010_c037-aws-ap-southeast-7 r150_replicas 1
 x_w0010_c037-aws-ap-southeast-7 r230_capacity 1.25
 x_w0010_c037-aws-ap-southeast-7 r231_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c037-aws-ap-southeast-7 OBJ 0
 r_w0010_mumbai_c037-aws-ap-southeast-7 r26_serve 1
 r_w0010_mumbai_c037-aws-ap-southeast-7 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c039-gcp-europe-west12 OBJ 45.1892628175
 x_w0010_c039-gcp-europe-west12 r27_serve -100
 x_w0010_c039-gcp-europe-west12 r150_replicas 1
 x_w0010_c039-gcp-europe-west12 r233_capacity 1.25
 x_w0010_c039-gcp-europe-west12 r234_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c039-gcp-europe-west12 OBJ 0
 r_w0010_mumbai_c039-gcp-europe-west12 r27_serve 1
 r_w0010_mumbai_c039-gcp-europe-west12 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c040-azure-australiacentral OBJ 40.399086219999994
 x_w0010_c040-azure-australiacentral r28_serve -100
 x_w0010_c040-azure-australiacentral r150_replicas 1
 x_w0010_c040-azure-australiacentral r236_capacity 1.25
 x_w0010_c040-azure-australiacentral r237_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c040-azure-australiacentral OBJ 0
 r_w0010_mumbai_c040-azure-australiacentral r28_serve 1
 r_w0010_mumbai_c040-azure-australiacentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c041-azure-uksouth OBJ 34.627788162499996
 x_w0010_c041-azure-uksouth r29_serve -100
 x_w0010_c041-azure-uksouth r150_replicas 1
 x_w0010_c041-azure-uksouth r239_capacity 1.25
 x_w0010_c041-azure-uksouth r240_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c041-azure-uksouth OBJ 0
 r_w0010_mumbai_c041-azure-uksouth r29_serve 1
 r_w0010_mumbai_c041-azure-uksouth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c042-azure-germanywestcentral OBJ 34.627788162499996
 x_w0010_c042-azure-germanywestcentral r30_serve -100
 x_w0010_c042-azure-germanywestcentral r150_replicas 1
 x_w0010_c042-azure-germanywestcentral r242_capacity 1.25
 x_w0010_c042-azure-germanywestcentral r243_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c042-azure-germanywestcentral OBJ 0
 r_w0010_mumbai_c042-azure-germanywestcentral r30_serve 1
 r_w0010_mumbai_c042-azure-germanywestcentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c043-gcp-asia-southeast2 OBJ 47.1046127275
 x_w0010_c043-gcp-asia-southeast2 r31_serve -100
 x_w0010_c043-gcp-asia-southeast2 r150_replicas 1
 x_w0010_c043-gcp-asia-southeast2 r245_capacity 1.25
 x_w0010_c043-gcp-asia-southeast2 r246_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c043-gcp-asia-southeast2 OBJ 0
 r_w0010_mumbai_c043-gcp-asia-southeast2 r31_serve 1
 r_w0010_mumbai_c043-gcp-asia-southeast2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c044-aws-ap-south-2 OBJ 36.4313184975
 x_w0010_c044-aws-ap-south-2 r32_serve -100
 x_w0010_c044-aws-ap-south-2 r150_replicas 1
 x_w0010_c044-aws-ap-south-2 r248_capacity 1.25
 x_w0010_c044-aws-ap-south-2 r249_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c044-aws-ap-south-2 OBJ 0
 r_w0010_mumbai_c044-aws-ap-south-2 r32_serve 1
 r_w0010_mumbai_c044-aws-ap-south-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c045-azure-francesouth OBJ 34.627788162499996
 x_w0010_c045-azure-francesouth r33_serve -100
 x_w0010_c045-azure-francesouth r150_replicas 1
 x_w0010_c045-azure-francesouth r251_capacity 1.25
 x_w0010_c045-azure-francesouth r252_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c045-azure-francesouth OBJ 0
 r_w0010_mumbai_c045-azure-francesouth r33_serve 1
 r_w0010_mumbai_c045-azure-francesouth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c047-azure-eastus OBJ 34.627788162499996
 x_w0010_c047-azure-eastus r34_serve -100
 x_w0010_c047-azure-eastus r150_replicas 1
 x_w0010_c047-azure-eastus r254_capacity 1.25
 x_w0010_c047-azure-eastus r255_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c047-azure-eastus OBJ 0
 r_w0010_mumbai_c047-azure-eastus r34_serve 1
 r_w0010_mumbai_c047-azure-eastus r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c048-gcp-europe-southwest1 OBJ 41.336921417499994
 x_w0010_c048-gcp-europe-southwest1 r35_serve -100
 x_w0010_c048-gcp-europe-southwest1 r150_replicas 1
 x_w0010_c048-gcp-europe-southwest1 r257_capacity 1.25
 x_w0010_c048-gcp-europe-southwest1 r258_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c048-gcp-europe-southwest1 OBJ 0
 r_w0010_mumbai_c048-gcp-europe-southwest1 r35_serve 1
 r_w0010_mumbai_c048-gcp-europe-southwest1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c050-aws-ca-central-1 OBJ 38.595555337499995
 x_w0010_c050-aws-ca-central-1 r36_serve -100
 x_w0010_c050-aws-ca-central-1 r150_replicas 1
 x_w0010_c050-aws-ca-central-1 r260_capacity 1.25
 x_w0010_c050-aws-ca-central-1 r261_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c050-aws-ca-central-1 OBJ 0
 r_w0010_mumbai_c050-aws-ca-central-1 r36_serve 1
 r_w0010_mumbai_c050-aws-ca-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c051-azure-francecentral OBJ 34.627788162499996
 x_w0010_c051-azure-francecentral r37_serve -100
 x_w0010_c051-azure-francecentral r150_replicas 1
 x_w0010_c051-azure-francecentral r263_capacity 1.25
 x_w0010_c051-azure-francecentral r264_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c051-azure-francecentral OBJ 0
 r_w0010_mumbai_c051-azure-francecentral r37_serve 1
 r_w0010_mumbai_c051-azure-francecentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c052-azure-southeastasia OBJ 34.627788162499996
 x_w0010_c052-azure-southeastasia r38_serve -100
 x_w0010_c052-azure-southeastasia r150_replicas 1
 x_w0010_c052-azure-southeastasia r266_capacity 1.25
 x_w0010_c052-azure-southeastasia r267_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c052-azure-southeastasia OBJ 0
 r_w0010_mumbai_c052-azure-southeastasia r38_serve 1
 r_w0010_mumbai_c052-azure-southeastasia r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c053-azure-japanwest OBJ 34.627788162499996
 x_w0010_c053-azure-japanwest r39_serve -100
 x_w0010_c053-azure-japanwest r150_replicas 1
 x_w0010_c053-azure-japanwest r269_capacity 1.25
 x_w0010_c053-azure-japanwest r270_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c053-azure-japanwest OBJ 0
 r_w0010_mumbai_c053-azure-japanwest r39_serve 1
 r_w0010_mumbai_c053-azure-japanwest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c054-aws-eu-west-1 OBJ 38.595555337499995
 x_w0010_c054-aws-eu-west-1 r40_serve -100
 x_w0010_c054-aws-eu-west-1 r150_replicas 1
 x_w0010_c054-aws-eu-west-1 r272_capacity 1.25
 x_w0010_c054-aws-eu-west-1 r273_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c054-aws-eu-west-1 OBJ 0
 r_w0010_mumbai_c054-aws-eu-west-1 r40_serve 1
 r_w0010_mumbai_c054-aws-eu-west-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c056-azure-japanwest OBJ 34.627788162499996
 x_w0010_c056-azure-japanwest r41_serve -100
 x_w0010_c056-azure-japanwest r150_replicas 1
 x_w0010_c056-azure-japanwest r275_capacity 1.25
 x_w0010_c056-azure-japanwest r276_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c056-azure-japanwest OBJ 0
 r_w0010_mumbai_c056-azure-japanwest r41_serve 1
 r_w0010_mumbai_c056-azure-japanwest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c057-azure-francecentral OBJ 34.627788162499996
 x_w0010_c057-azure-francecentral r42_serve -100
 x_w0010_c057-azure-francecentral r150_replicas 1
 x_w0010_c057-azure-francecentral r278_capacity 1.25
 x_w0010_c057-azure-francecentral r279_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c057-azure-francecentral OBJ 0
 r_w0010_mumbai_c057-azure-francecentral r42_serve 1
 r_w0010_mumbai_c057-azure-francecentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c058-gcp-australia-southeast1 OBJ 49.705303245
 x_w0010_c058-gcp-australia-southeast1 r43_serve -100
 x_w0010_c058-gcp-australia-southeast1 r150_replicas 1
 x_w0010_c058-gcp-australia-southeast1 r281_capacity 1.25
 x_w0010_c058-gcp-australia-southeast1 r282_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c058-gcp-australia-southeast1 OBJ 0
 r_w0010_mumbai_c058-gcp-australia-southeast1 r43_serve 1
 r_w0010_mumbai_c058-gcp-australia-southeast1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c060-gcp-europe-southwest1 OBJ 41.336921417499994
 x_w0010_c060-gcp-europe-southwest1 r44_serve -100
 x_w0010_c060-gcp-europe-southwest1 r150_replicas 1
 x_w0010_c060-gcp-europe-southwest1 r284_capacity 1.25
 x_w0010_c060-gcp-europe-southwest1 r285_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c060-gcp-europe-southwest1 OBJ 0
 r_w0010_mumbai_c060-gcp-europe-southwest1 r44_serve 1
 r_w0010_mumbai_c060-gcp-europe-southwest1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c061-aws-ap-east-1 OBJ 47.6132092025
 x_w0010_c061-aws-ap-east-1 r45_serve -100
 x_w0010_c061-aws-ap-east-1 r150_replicas 1
 x_w0010_c061-aws-ap-east-1 r287_capacity 1.25
 x_w0010_c061-aws-ap-east-1 r288_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c061-aws-ap-east-1 OBJ 0
 r_w0010_mumbai_c061-aws-ap-east-1 r45_serve 1
 r_w0010_mumbai_c061-aws-ap-east-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c062-azure-uaenorth OBJ 34.627788162499996
 x_w0010_c062-azure-uaenorth r46_serve -100
 x_w0010_c062-azure-uaenorth r150_replicas 1
 x_w0010_c062-azure-uaenorth r290_capacity 1.25
 x_w0010_c062-azure-uaenorth r291_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c062-azure-uaenorth OBJ 0
 r_w0010_mumbai_c062-azure-uaenorth r46_serve 1
 r_w0010_mumbai_c062-azure-uaenorth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c063-aws-eu-central-1 OBJ 41.48120464
 x_w0010_c063-aws-eu-central-1 r47_serve -100
 x_w0010_c063-aws-eu-central-1 r150_replicas 1
 x_w0010_c063-aws-eu-central-1 r293_capacity 1.25
 x_w0010_c063-aws-eu-central-1 r294_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c063-aws-eu-central-1 OBJ 0
 r_w0010_mumbai_c063-aws-eu-central-1 r47_serve 1
 r_w0010_mumbai_c063-aws-eu-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c066-gcp-europe-north2 OBJ 38.5685022675
 x_w0010_c066-gcp-europe-north2 r48_serve -100
 x_w0010_c066-gcp-europe-north2 r150_replicas 1
 x_w0010_c066-gcp-europe-north2 r296_capacity 1.25
 x_w0010_c066-gcp-europe-north2 r297_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c066-gcp-europe-north2 OBJ 0
 r_w0010_mumbai_c066-gcp-europe-north2 r48_serve 1
 r_w0010_mumbai_c066-gcp-europe-north2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c069-gcp-europe-north1 OBJ 38.5685022675
 x_w0010_c069-gcp-europe-north1 r49_serve -100
 x_w0010_c069-gcp-europe-north1 r150_replicas 1
 x_w0010_c069-gcp-europe-north1 r299_capacity 1.25
 x_w0010_c069-gcp-europe-north1 r300_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c069-gcp-europe-north1 OBJ 0
 r_w0010_mumbai_c069-gcp-europe-north1 r49_serve 1
 r_w0010_mumbai_c069-gcp-europe-north1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c070-azure-switzerlandwest OBJ 34.627788162499996
 x_w0010_c070-azure-switzerlandwest r50_serve -100
 x_w0010_c070-azure-switzerlandwest r150_replicas 1
 x_w0010_c070-azure-switzerlandwest r302_capacity 1.25
 x_w0010_c070-azure-switzerlandwest r303_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c070-azure-switzerlandwest OBJ 0
 r_w0010_mumbai_c070-azure-switzerlandwest r50_serve 1
 r_w0010_mumbai_c070-azure-switzerlandwest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c071-azure-norwaywest OBJ 34.627788162499996
 x_w0010_c071-azure-norwaywest r51_serve -100
 x_w0010_c071-azure-norwaywest r150_replicas 1
 x_w0010_c071-azure-norwaywest r305_capacity 1.25
 x_w0010_c071-azure-norwaywest r306_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c071-azure-norwaywest OBJ 0
 r_w0010_mumbai_c071-azure-norwaywest r51_serve 1
 r_w0010_mumbai_c071-azure-norwaywest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c072-gcp-europe-central2 OBJ 45.13335376
 x_w0010_c072-gcp-europe-central2 r52_serve -100
 x_w0010_c072-gcp-europe-central2 r150_replicas 1
 x_w0010_c072-gcp-europe-central2 r308_capacity 1.25
 x_w0010_c072-gcp-europe-central2 r309_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c072-gcp-europe-central2 OBJ 0
 r_w0010_mumbai_c072-gcp-europe-central2 r52_serve 1
 r_w0010_mumbai_c072-gcp-europe-central2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c075-azure-francecentral OBJ 34.627788162499996
 x_w0010_c075-azure-francecentral r53_serve -100
 x_w0010_c075-azure-francecentral r150_replicas 1
 x_w0010_c075-azure-francecentral r311_capacity 1.25
 x_w0010_c075-azure-francecentral r312_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c075-azure-francecentral OBJ 0
 r_w0010_mumbai_c075-azure-francecentral r53_serve 1
 r_w0010_mumbai_c075-azure-francecentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c076-aws-ap-south-2 OBJ 36.4313184975
 x_w0010_c076-aws-ap-south-2 r54_serve -100
 x_w0010_c076-aws-ap-south-2 r150_replicas 1
 x_w0010_c076-aws-ap-south-2 r314_capacity 1.25
 x_w0010_c076-aws-ap-south-2 r315_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c076-aws-ap-south-2 OBJ 0
 r_w0010_mumbai_c076-aws-ap-south-2 r54_serve 1
 r_w0010_mumbai_c076-aws-ap-south-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c077-azure-eastus OBJ 34.627788162499996
 x_w0010_c077-azure-eastus r55_serve -100
 x_w0010_c077-azure-eastus r150_replicas 1
 x_w0010_c077-azure-eastus r317_capacity 1.25
 x_w0010_c077-azure-eastus r318_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c077-azure-eastus OBJ 0
 r_w0010_mumbai_c077-azure-eastus r55_serve 1
 r_w0010_mumbai_c077-azure-eastus r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c078-gcp-europe-west4 OBJ 38.56489552
 x_w0010_c078-gcp-europe-west4 r56_serve -100
 x_w0010_c078-gcp-europe-west4 r150_replicas 1
 x_w0010_c078-gcp-europe-west4 r320_capacity 1.25
 x_w0010_c078-gcp-europe-west4 r321_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c078-gcp-europe-west4 OBJ 0
 r_w0010_mumbai_c078-gcp-europe-west4 r56_serve 1
 r_w0010_mumbai_c078-gcp-europe-west4 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c080-gcp-africa-south1 OBJ 45.82049911000001
 x_w0010_c080-gcp-africa-south1 r57_serve -100
 x_w0010_c080-gcp-africa-south1 r150_replicas 1
 x_w0010_c080-gcp-africa-south1 r323_capacity 1.25
 x_w0010_c080-gcp-africa-south1 r324_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c080-gcp-africa-south1 OBJ 0
 r_w0010_mumbai_c080-gcp-africa-south1 r57_serve 1
 r_w0010_mumbai_c080-gcp-africa-south1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c081-aws-eu-west-1 OBJ 38.595555337499995
 x_w0010_c081-aws-eu-west-1 r58_serve -100
 x_w0010_c081-aws-eu-west-1 r150_replicas 1
 x_w0010_c081-aws-eu-west-1 r326_capacity 1.25
 x_w0010_c081-aws-eu-west-1 r327_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c081-aws-eu-west-1 OBJ 0
 r_w0010_mumbai_c081-aws-eu-west-1 r58_serve 1
 r_w0010_mumbai_c081-aws-eu-west-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c082-azure-switzerlandwest OBJ 34.627788162499996
 x_w0010_c082-azure-switzerlandwest r59_serve -100
 x_w0010_c082-azure-switzerlandwest r150_replicas 1
 x_w0010_c082-azure-switzerlandwest r329_capacity 1.25
 x_w0010_c082-azure-switzerlandwest r330_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c082-azure-switzerlandwest OBJ 0
 r_w0010_mumbai_c082-azure-switzerlandwest r59_serve 1
 r_w0010_mumbai_c082-azure-switzerlandwest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c083-gcp-me-west1 OBJ 38.5342357025
 x_w0010_c083-gcp-me-west1 r60_serve -100
 x_w0010_c083-gcp-me-west1 r150_replicas 1
 x_w0010_c083-gcp-me-west1 r332_capacity 1.25
 x_w0010_c083-gcp-me-west1 r333_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c083-gcp-me-west1 OBJ 0
 r_w0010_mumbai_c083-gcp-me-west1 r60_serve 1
 r_w0010_mumbai_c083-gcp-me-west1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c084-azure-westeurope OBJ 34.627788162499996
 x_w0010_c084-azure-westeurope r61_serve -100
 x_w0010_c084-azure-westeurope r150_replicas 1
 x_w0010_c084-azure-westeurope r335_capacity 1.25
 x_w0010_c084-azure-westeurope r336_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c084-azure-westeurope OBJ 0
 r_w0010_mumbai_c084-azure-westeurope r61_serve 1
 r_w0010_mumbai_c084-azure-westeurope r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c086-azure-eastasia OBJ 34.627788162499996
 x_w0010_c086-azure-eastasia r62_serve -100
 x_w0010_c086-azure-eastasia r150_replicas 1
 x_w0010_c086-azure-eastasia r338_capacity 1.25
 x_w0010_c086-azure-eastasia r339_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c086-azure-eastasia OBJ 0
 r_w0010_mumbai_c086-azure-eastasia r62_serve 1
 r_w0010_mumbai_c086-azure-eastasia r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c087-gcp-europe-west4 OBJ 38.56489552
 x_w0010_c087-gcp-europe-west4 r63_serve -100
 x_w0010_c087-gcp-europe-west4 r150_replicas 1
 x_w0010_c087-gcp-europe-west4 r341_capacity 1.25
 x_w0010_c087-gcp-europe-west4 r342_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c087-gcp-europe-west4 OBJ 0
 r_w0010_mumbai_c087-gcp-europe-west4 r63_serve 1
 r_w0010_mumbai_c087-gcp-europe-west4 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c088-azure-eastasia OBJ 34.627788162499996
 x_w0010_c088-azure-eastasia r64_serve -100
 x_w0010_c088-azure-eastasia r150_replicas 1
 x_w0010_c088-azure-eastasia r344_capacity 1.25
 x_w0010_c088-azure-eastasia r345_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c088-azure-eastasia OBJ 0
 r_w0010_mumbai_c088-azure-eastasia r64_serve 1
 r_w0010_mumbai_c088-azure-eastasia r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c090-gcp-europe-west10 OBJ 53.94720805
 x_w0010_c090-gcp-europe-west10 r65_serve -100
 x_w0010_c090-gcp-europe-west10 r150_replicas 1
 x_w0010_c090-gcp-europe-west10 r347_capacity 1.25
 x_w0010_c090-gcp-europe-west10 r348_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c090-gcp-europe-west10 OBJ 0
 r_w0010_mumbai_c090-gcp-europe-west10 r65_serve 1
 r_w0010_mumbai_c090-gcp-europe-west10 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c092-aws-ca-central-1 OBJ 38.595555337499995
 x_w0010_c092-aws-ca-central-1 r66_serve -100
 x_w0010_c092-aws-ca-central-1 r150_replicas 1
 x_w0010_c092-aws-ca-central-1 r350_capacity 1.25
 x_w0010_c092-aws-ca-central-1 r351_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c092-aws-ca-central-1 OBJ 0
 r_w0010_mumbai_c092-aws-ca-central-1 r66_serve 1
 r_w0010_mumbai_c092-aws-ca-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c093-aws-eu-central-1 OBJ 41.48120464
 x_w0010_c093-aws-eu-central-1 r67_serve -100
 x_w0010_c093-aws-eu-central-1 r150_replicas 1
 x_w0010_c093-aws-eu-central-1 r353_capacity 1.25
 x_w0010_c093-aws-eu-central-1 r354_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c093-aws-eu-central-1 OBJ 0
 r_w0010_mumbai_c093-aws-eu-central-1 r67_serve 1
 r_w0010_mumbai_c093-aws-eu-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c094-azure-koreasouth OBJ 34.627788162499996
 x_w0010_c094-azure-koreasouth r68_serve -100
 x_w0010_c094-azure-koreasouth r150_replicas 1
 x_w0010_c094-azure-koreasouth r356_capacity 1.25
 x_w0010_c094-azure-koreasouth r357_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c094-azure-koreasouth OBJ 0
 r_w0010_mumbai_c094-azure-koreasouth r68_serve 1
 r_w0010_mumbai_c094-azure-koreasouth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c096-azure-spaincentral OBJ 34.627788162499996
 x_w0010_c096-azure-spaincentral r69_serve -100
 x_w0010_c096-azure-spaincentral r150_replicas 1
 x_w0010_c096-azure-spaincentral r359_capacity 1.25
 x_w0010_c096-azure-spaincentral r360_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c096-azure-spaincentral OBJ 0
 r_w0010_mumbai_c096-azure-spaincentral r69_serve 1
 r_w0010_mumbai_c096-azure-spaincentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c097-azure-japaneast OBJ 34.627788162499996
 x_w0010_c097-azure-japaneast r70_serve -100
 x_w0010_c097-azure-japaneast r150_replicas 1
 x_w0010_c097-azure-japaneast r362_capacity 1.25
 x_w0010_c097-azure-japaneast r363_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c097-azure-japaneast OBJ 0
 r_w0010_mumbai_c097-azure-japaneast r70_serve 1
 r_w0010_mumbai_c097-azure-japaneast r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c099-gcp-europe-west3 OBJ 45.13335376
 x_w0010_c099-gcp-europe-west3 r71_serve -100
 x_w0010_c099-gcp-europe-west3 r150_replicas 1
 x_w0010_c099-gcp-europe-west3 r365_capacity 1.25
 x_w0010_c099-gcp-europe-west3 r366_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c099-gcp-europe-west3 OBJ 0
 r_w0010_mumbai_c099-gcp-europe-west3 r71_serve 1
 r_w0010_mumbai_c099-gcp-europe-west3 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c102-aws-eu-west-3 OBJ 40.399086219999994
 x_w0010_c102-aws-eu-west-3 r72_serve -100
 x_w0010_c102-aws-eu-west-3 r150_replicas 1
 x_w0010_c102-aws-eu-west-3 r368_capacity 1.25
 x_w0010_c102-aws-eu-west-3 r369_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c102-aws-eu-west-3 OBJ 0
 r_w0010_mumbai_c102-aws-eu-west-3 r72_serve 1
 r_w0010_mumbai_c102-aws-eu-west-3 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c103-aws-ca-central-1 OBJ 38.595555337499995
 x_w0010_c103-aws-ca-central-1 r73_serve -100
 x_w0010_c103-aws-ca-central-1 r150_replicas 1
 x_w0010_c103-aws-ca-central-1 r371_capacity 1.25
 x_w0010_c103-aws-ca-central-1 r372_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c103-aws-ca-central-1 OBJ 0
 r_w0010_mumbai_c103-aws-ca-central-1 r73_serve 1
 r_w0010_mumbai_c103-aws-ca-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c104-aws-us-east-2 OBJ 34.627788162499996
 x_w0010_c104-aws-us-east-2 r74_serve -100
 x_w0010_c104-aws-us-east-2 r150_replicas 1
 x_w0010_c104-aws-us-east-2 r374_capacity 1.25
 x_w0010_c104-aws-us-east-2 r375_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c104-aws-us-east-2 OBJ 0
 r_w0010_mumbai_c104-aws-us-east-2 r74_serve 1
 r_w0010_mumbai_c104-aws-us-east-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c105-gcp-europe-north1 OBJ 38.5685022675
 x_w0010_c105-gcp-europe-north1 r75_serve -100
 x_w0010_c105-gcp-europe-north1 r150_replicas 1
 x_w0010_c105-gcp-europe-north1 r377_capacity 1.25
 x_w0010_c105-gcp-europe-north1 r378_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c105-gcp-europe-north1 OBJ 0
 r_w0010_mumbai_c105-gcp-europe-north1 r75_serve 1
 r_w0010_mumbai_c105-gcp-europe-north1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c106-azure-uaecentral OBJ 34.627788162499996
 x_w0010_c106-azure-uaecentral r76_serve -100
 x_w0010_c106-azure-uaecentral r150_replicas 1
 x_w0010_c106-azure-uaecentral r380_capacity 1.25
 x_w0010_c106-azure-uaecentral r381_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c106-azure-uaecentral OBJ 0
 r_w0010_mumbai_c106-azure-uaecentral r76_serve 1
 r_w0010_mumbai_c106-azure-uaecentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c108-gcp-europe-west12 OBJ 45.1892628175
 x_w0010_c108-gcp-europe-west12 r77_serve -100
 x_w0010_c108-gcp-europe-west12 r150_replicas 1
 x_w0010_c108-gcp-europe-west12 r383_capacity 1.25
 x_w0010_c108-gcp-europe-west12 r384_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c108-gcp-europe-west12 OBJ 0
 r_w0010_mumbai_c108-gcp-europe-west12 r77_serve 1
 r_w0010_mumbai_c108-gcp-europe-west12 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c109-aws-us-east-1 OBJ 34.627788162499996
 x_w0010_c109-aws-us-east-1 r78_serve -100
 x_w0010_c109-aws-us-east-1 r150_replicas 1
 x_w0010_c109-aws-us-east-1 r386_capacity 1.25
 x_w0010_c109-aws-us-east-1 r387_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c109-aws-us-east-1 OBJ 0
 r_w0010_mumbai_c109-aws-us-east-1 r78_serve 1
 r_w0010_mumbai_c109-aws-us-east-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c110-aws-ca-central-1 OBJ 38.595555337499995
 x_w0010_c110-aws-ca-central-1 r79_serve -100
 x_w0010_c110-aws-ca-central-1 r150_replicas 1
 x_w0010_c110-aws-ca-central-1 r389_capacity 1.25
 x_w0010_c110-aws-ca-central-1 r390_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c110-aws-ca-central-1 OBJ 0
 r_w0010_mumbai_c110-aws-ca-central-1 r79_serve 1
 r_w0010_mumbai_c110-aws-ca-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c111-gcp-europe-west4 OBJ 38.56489552
 x_w0010_c111-gcp-europe-west4 r80_serve -100
 x_w0010_c111-gcp-europe-west4 r150_replicas 1
 x_w0010_c111-gcp-europe-west4 r392_capacity 1.25
 x_w0010_c111-gcp-europe-west4 r393_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c111-gcp-europe-west4 OBJ 0
 r_w0010_mumbai_c111-gcp-europe-west4 r80_serve 1
 r_w0010_mumbai_c111-gcp-europe-west4 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c112-gcp-africa-south1 OBJ 45.82049911000001
 x_w0010_c112-gcp-africa-south1 r81_serve -100
 x_w0010_c112-gcp-africa-south1 r150_replicas 1
 x_w0010_c112-gcp-africa-south1 r395_capacity 1.25
 x_w0010_c112-gcp-africa-south1 r396_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c112-gcp-africa-south1 OBJ 0
 r_w0010_mumbai_c112-gcp-africa-south1 r81_serve 1
 r_w0010_mumbai_c112-gcp-africa-south1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c113-azure-koreacentral OBJ 34.627788162499996
 x_w0010_c113-azure-koreacentral r82_serve -100
 x_w0010_c113-azure-koreacentral r150_replicas 1
 x_w0010_c113-azure-koreacentral r398_capacity 1.25
 x_w0010_c113-azure-koreacentral r399_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c113-azure-koreacentral OBJ 0
 r_w0010_mumbai_c113-azure-koreacentral r82_serve 1
 r_w0010_mumbai_c113-azure-koreacentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c114-azure-polandcentral OBJ 34.627788162499996
 x_w0010_c114-azure-polandcentral r83_serve -100
 x_w0010_c114-azure-polandcentral r150_replicas 1
 x_w0010_c114-azure-polandcentral r401_capacity 1.25
 x_w0010_c114-azure-polandcentral r402_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c114-azure-polandcentral OBJ 0
 r_w0010_mumbai_c114-azure-polandcentral r83_serve 1
 r_w0010_mumbai_c114-azure-polandcentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c115-gcp-europe-west2 OBJ 45.13335376
 x_w0010_c115-gcp-europe-west2 r84_serve -100
 x_w0010_c115-gcp-europe-west2 r150_replicas 1
 x_w0010_c115-gcp-europe-west2 r404_capacity 1.25
 x_w0010_c115-gcp-europe-west2 r405_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c115-gcp-europe-west2 OBJ 0
 r_w0010_mumbai_c115-gcp-europe-west2 r84_serve 1
 r_w0010_mumbai_c115-gcp-europe-west2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c116-aws-us-east-2 OBJ 34.627788162499996
 x_w0010_c116-aws-us-east-2 r85_serve -100
 x_w0010_c116-aws-us-east-2 r150_replicas 1
 x_w0010_c116-aws-us-east-2 r407_capacity 1.25
 x_w0010_c116-aws-us-east-2 r408_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c116-aws-us-east-2 OBJ 0
 r_w0010_mumbai_c116-aws-us-east-2 r85_serve 1
 r_w0010_mumbai_c116-aws-us-east-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c117-azure-northeurope OBJ 34.627788162499996
 x_w0010_c117-azure-northeurope r86_serve -100
 x_w0010_c117-azure-northeurope r150_replicas 1
 x_w0010_c117-azure-northeurope r410_capacity 1.25
 x_w0010_c117-azure-northeurope r411_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c117-azure-northeurope OBJ 0
 r_w0010_mumbai_c117-azure-northeurope r86_serve 1
 r_w0010_mumbai_c117-azure-northeurope r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c118-aws-il-central-1 OBJ 47.6132092025
 x_w0010_c118-aws-il-central-1 r87_serve -100
 x_w0010_c118-aws-il-central-1 r150_replicas 1
 x_w0010_c118-aws-il-central-1 r413_capacity 1.25
 x_w0010_c118-aws-il-central-1 r414_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c118-aws-il-central-1 OBJ 0
 r_w0010_mumbai_c118-aws-il-central-1 r87_serve 1
 r_w0010_mumbai_c118-aws-il-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c119-azure-australiasoutheast OBJ 40.399086219999994
 x_w0010_c119-azure-australiasoutheast r88_serve -100
 x_w0010_c119-azure-australiasoutheast r150_replicas 1
 x_w0010_c119-azure-australiasoutheast r416_capacity 1.25
 x_w0010_c119-azure-australiasoutheast r417_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c119-azure-australiasoutheast OBJ 0
 r_w0010_mumbai_c119-azure-australiasoutheast r88_serve 1
 r_w0010_mumbai_c119-azure-australiasoutheast r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c120-gcp-europe-west1 OBJ 38.5360395325
 x_w0010_c120-gcp-europe-west1 r89_serve -100
 x_w0010_c120-gcp-europe-west1 r150_replicas 1
 x_w0010_c120-gcp-europe-west1 r419_capacity 1.25
 x_w0010_c120-gcp-europe-west1 r420_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c120-gcp-europe-west1 OBJ 0
 r_w0010_mumbai_c120-gcp-europe-west1 r89_serve 1
 r_w0010_mumbai_c120-gcp-europe-west1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c121-aws-il-central-1 OBJ 47.6132092025
 x_w0010_c121-aws-il-central-1 r90_serve -100
 x_w0010_c121-aws-il-central-1 r150_replicas 1
 x_w0010_c121-aws-il-central-1 r422_capacity 1.25
 x_w0010_c121-aws-il-central-1 r423_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c121-aws-il-central-1 OBJ 0
 r_w0010_mumbai_c121-aws-il-central-1 r90_serve 1
 r_w0010_mumbai_c121-aws-il-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c122-aws-ap-southeast-7 OBJ 43.28473552249999
 x_w0010_c122-aws-ap-southeast-7 r91_serve -100
 x_w0010_c122-aws-ap-southeast-7 r150_replicas 1
 x_w0010_c122-aws-ap-southeast-7 r425_capacity 1.25
 x_w0010_c122-aws-ap-southeast-7 r426_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c122-aws-ap-southeast-7 OBJ 0
 r_w0010_mumbai_c122-aws-ap-southeast-7 r91_serve 1
 r_w0010_mumbai_c122-aws-ap-southeast-7 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c123-gcp-europe-southwest1 OBJ 41.336921417499994
 x_w0010_c123-gcp-europe-southwest1 r92_serve -100
 x_w0010_c123-gcp-europe-southwest1 r150_replicas 1
 x_w0010_c123-gcp-europe-southwest1 r428_capacity 1.25
 x_w0010_c123-gcp-europe-southwest1 r429_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c123-gcp-europe-southwest1 OBJ 0
 r_w0010_mumbai_c123-gcp-europe-southwest1 r92_serve 1
 r_w0010_mumbai_c123-gcp-europe-southwest1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c125-aws-us-east-1 OBJ 34.627788162499996
 x_w0010_c125-aws-us-east-1 r93_serve -100
 x_w0010_c125-aws-us-east-1 r150_replicas 1
 x_w0010_c125-aws-us-east-1 r431_capacity 1.25
 x_w0010_c125-aws-us-east-1 r432_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c125-aws-us-east-1 OBJ 0
 r_w0010_mumbai_c125-aws-us-east-1 r93_serve 1
 r_w0010_mumbai_c125-aws-us-east-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c126-azure-swedencentral OBJ 34.627788162499996
 x_w0010_c126-azure-swedencentral r94_serve -100
 x_w0010_c126-azure-swedencentral r150_replicas 1
 x_w0010_c126-azure-swedencentral r434_capacity 1.25
 x_w0010_c126-azure-swedencentral r435_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c126-azure-swedencentral OBJ 0
 r_w0010_mumbai_c126-azure-swedencentral r94_serve 1
 r_w0010_mumbai_c126-azure-swedencentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c127-azure-koreasouth OBJ 34.627788162499996
 x_w0010_c127-azure-koreasouth r95_serve -100
 x_w0010_c127-azure-koreasouth r150_replicas 1
 x_w0010_c127-azure-koreasouth r437_capacity 1.25
 x_w0010_c127-azure-koreasouth r438_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c127-azure-koreasouth OBJ 0
 r_w0010_mumbai_c127-azure-koreasouth r95_serve 1
 r_w0010_mumbai_c127-azure-koreasouth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c128-gcp-asia-southeast2 OBJ 47.1046127275
 x_w0010_c128-gcp-asia-southeast2 r96_serve -100
 x_w0010_c128-gcp-asia-southeast2 r150_replicas 1
 x_w0010_c128-gcp-asia-southeast2 r440_capacity 1.25
 x_w0010_c128-gcp-asia-southeast2 r441_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c128-gcp-asia-southeast2 OBJ 0
 r_w0010_mumbai_c128-gcp-asia-southeast2 r96_serve 1
 r_w0010_mumbai_c128-gcp-asia-southeast2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c129-aws-eu-south-2 OBJ 40.399086219999994
 x_w0010_c129-aws-eu-south-2 r97_serve -100
 x_w0010_c129-aws-eu-south-2 r150_replicas 1
 x_w0010_c129-aws-eu-south-2 r443_capacity 1.25
 x_w0010_c129-aws-eu-south-2 r444_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c129-aws-eu-south-2 OBJ 0
 r_w0010_mumbai_c129-aws-eu-south-2 r97_serve 1
 r_w0010_mumbai_c129-aws-eu-south-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c130-azure-jioindiawest OBJ 34.627788162499996
 x_w0010_c130-azure-jioindiawest r98_serve -100
 x_w0010_c130-azure-jioindiawest r150_replicas 1
 x_w0010_c130-azure-jioindiawest r446_capacity 1.25
 x_w0010_c130-azure-jioindiawest r447_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c130-azure-jioindiawest OBJ 0
 r_w0010_mumbai_c130-azure-jioindiawest r98_serve 1
 r_w0010_mumbai_c130-azure-jioindiawest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c132-azure-germanynorth OBJ 34.627788162499996
 x_w0010_c132-azure-germanynorth r99_serve -100
 x_w0010_c132-azure-germanynorth r150_replicas 1
 x_w0010_c132-azure-germanynorth r449_capacity 1.25
 x_w0010_c132-azure-germanynorth r450_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c132-azure-germanynorth OBJ 0
 r_w0010_mumbai_c132-azure-germanynorth r99_serve 1
 r_w0010_mumbai_c132-azure-germanynorth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c133-aws-me-south-1 OBJ 47.6132092025
 x_w0010_c133-aws-me-south-1 r100_serve -100
 x_w0010_c133-aws-me-south-1 r150_replicas 1
 x_w0010_c133-aws-me-south-1 r452_capacity 1.25
 x_w0010_c133-aws-me-south-1 r453_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c133-aws-me-south-1 OBJ 0
 r_w0010_mumbai_c133-aws-me-south-1 r100_serve 1
 r_w0010_mumbai_c133-aws-me-south-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c134-azure-qatarcentral OBJ 34.627788162499996
 x_w0010_c134-azure-qatarcentral r101_serve -100
 x_w0010_c134-azure-qatarcentral r150_replicas 1
 x_w0010_c134-azure-qatarcentral r455_capacity 1.25
 x_w0010_c134-azure-qatarcentral r456_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c134-azure-qatarcentral OBJ 0
 r_w0010_mumbai_c134-azure-qatarcentral r101_serve 1
 r_w0010_mumbai_c134-azure-qatarcentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c135-aws-eu-west-1 OBJ 38.595555337499995
 x_w0010_c135-aws-eu-west-1 r102_serve -100
 x_w0010_c135-aws-eu-west-1 r150_replicas 1
 x_w0010_c135-aws-eu-west-1 r458_capacity 1.25
 x_w0010_c135-aws-eu-west-1 r459_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c135-aws-eu-west-1 OBJ 0
 r_w0010_mumbai_c135-aws-eu-west-1 r102_serve 1
 r_w0010_mumbai_c135-aws-eu-west-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c136-gcp-australia-southeast1 OBJ 49.705303245
 x_w0010_c136-gcp-australia-southeast1 r103_serve -100
 x_w0010_c136-gcp-australia-southeast1 r150_replicas 1
 x_w0010_c136-gcp-australia-southeast1 r461_capacity 1.25
 x_w0010_c136-gcp-australia-southeast1 r462_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c136-gcp-australia-southeast1 OBJ 0
 r_w0010_mumbai_c136-gcp-australia-southeast1 r103_serve 1
 r_w0010_mumbai_c136-gcp-australia-southeast1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c138-azure-westeurope OBJ 34.627788162499996
 x_w0010_c138-azure-westeurope r104_serve -100
 x_w0010_c138-azure-westeurope r150_replicas 1
 x_w0010_c138-azure-westeurope r464_capacity 1.25
 x_w0010_c138-azure-westeurope r465_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c138-azure-westeurope OBJ 0
 r_w0010_mumbai_c138-azure-westeurope r104_serve 1
 r_w0010_mumbai_c138-azure-westeurope r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c139-azure-qatarcentral OBJ 34.627788162499996
 x_w0010_c139-azure-qatarcentral r105_serve -100
 x_w0010_c139-azure-qatarcentral r150_replicas 1
 x_w0010_c139-azure-qatarcentral r467_capacity 1.25
 x_w0010_c139-azure-qatarcentral r468_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c139-azure-qatarcentral OBJ 0
 r_w0010_mumbai_c139-azure-qatarcentral r105_serve 1
 r_w0010_mumbai_c139-azure-qatarcentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c140-gcp-asia-northeast3 OBJ 44.9872685325
 x_w0010_c140-gcp-asia-northeast3 r106_serve -100
 x_w0010_c140-gcp-asia-northeast3 r150_replicas 1
 x_w0010_c140-gcp-asia-northeast3 r470_capacity 1.25
 x_w0010_c140-gcp-asia-northeast3 r471_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c140-gcp-asia-northeast3 OBJ 0
 r_w0010_mumbai_c140-gcp-asia-northeast3 r106_serve 1
 r_w0010_mumbai_c140-gcp-asia-northeast3 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c141-gcp-europe-west1 OBJ 38.5360395325
 x_w0010_c141-gcp-europe-west1 r107_serve -100
 x_w0010_c141-gcp-europe-west1 r150_replicas 1
 x_w0010_c141-gcp-europe-west1 r473_capacity 1.25
 x_w0010_c141-gcp-europe-west1 r474_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c141-gcp-europe-west1 OBJ 0
 r_w0010_mumbai_c141-gcp-europe-west1 r107_serve 1
 r_w0010_mumbai_c141-gcp-europe-west1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c143-azure-australiacentral2 OBJ 40.399086219999994
 x_w0010_c143-azure-australiacentral2 r108_serve -100
 x_w0010_c143-azure-australiacentral2 r150_replicas 1
 x_w0010_c143-azure-australiacentral2 r476_capacity 1.25
 x_w0010_c143-azure-australiacentral2 r477_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c143-azure-australiacentral2 OBJ 0
 r_w0010_mumbai_c143-azure-australiacentral2 r108_serve 1
 r_w0010_mumbai_c143-azure-australiacentral2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c144-azure-francesouth OBJ 34.627788162499996
 x_w0010_c144-azure-francesouth r109_serve -100
 x_w0010_c144-azure-francesouth r150_replicas 1
 x_w0010_c144-azure-francesouth r479_capacity 1.25
 x_w0010_c144-azure-francesouth r480_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c144-azure-francesouth OBJ 0
 r_w0010_mumbai_c144-azure-francesouth r109_serve 1
 r_w0010_mumbai_c144-azure-francesouth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c145-azure-switzerlandnorth OBJ 34.627788162499996
 x_w0010_c145-azure-switzerlandnorth r110_serve -100
 x_w0010_c145-azure-switzerlandnorth r150_replicas 1
 x_w0010_c145-azure-switzerlandnorth r482_capacity 1.25
 x_w0010_c145-azure-switzerlandnorth r483_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c145-azure-switzerlandnorth OBJ 0
 r_w0010_mumbai_c145-azure-switzerlandnorth r110_serve 1
 r_w0010_mumbai_c145-azure-switzerlandnorth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c147-azure-spaincentral OBJ 34.627788162499996
 x_w0010_c147-azure-spaincentral r111_serve -100
 x_w0010_c147-azure-spaincentral r150_replicas 1
 x_w0010_c147-azure-spaincentral r485_capacity 1.25
 x_w0010_c147-azure-spaincentral r486_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c147-azure-spaincentral OBJ 0
 r_w0010_mumbai_c147-azure-spaincentral r111_serve 1
 r_w0010_mumbai_c147-azure-spaincentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c150-gcp-europe-west4 OBJ 38.56489552
 x_w0010_c150-gcp-europe-west4 r112_serve -100
 x_w0010_c150-gcp-europe-west4 r150_replicas 1
 x_w0010_c150-gcp-europe-west4 r488_capacity 1.25
 x_w0010_c150-gcp-europe-west4 r489_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c150-gcp-europe-west4 OBJ 0
 r_w0010_mumbai_c150-gcp-europe-west4 r112_serve 1
 r_w0010_mumbai_c150-gcp-europe-west4 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c151-gcp-asia-southeast1 OBJ 43.21439655500001
 x_w0010_c151-gcp-asia-southeast1 r113_serve -100
 x_w0010_c151-gcp-asia-southeast1 r150_replicas 1
 x_w0010_c151-gcp-asia-southeast1 r491_capacity 1.25
 x_w0010_c151-gcp-asia-southeast1 r492_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c151-gcp-asia-southeast1 OBJ 0
 r_w0010_mumbai_c151-gcp-asia-southeast1 r113_serve 1
 r_w0010_mumbai_c151-gcp-asia-southeast1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c152-azure-southafricawest OBJ 34.627788162499996
 x_w0010_c152-azure-southafricawest r114_serve -100
 x_w0010_c152-azure-southafricawest r150_replicas 1
 x_w0010_c152-azure-southafricawest r494_capacity 1.25
 x_w0010_c152-azure-southafricawest r495_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c152-azure-southafricawest OBJ 0
 r_w0010_mumbai_c152-azure-southafricawest r114_serve 1
 r_w0010_mumbai_c152-azure-southafricawest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c153-azure-italynorth OBJ 34.627788162499996
 x_w0010_c153-azure-italynorth r115_serve -100
 x_w0010_c153-azure-italynorth r150_replicas 1
 x_w0010_c153-azure-italynorth r497_capacity 1.25
 x_w0010_c153-azure-italynorth r498_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c153-azure-italynorth OBJ 0
 r_w0010_mumbai_c153-azure-italynorth r115_serve 1
 r_w0010_mumbai_c153-azure-italynorth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c155-azure-jioindiawest OBJ 34.627788162499996
 x_w0010_c155-azure-jioindiawest r116_serve -100
 x_w0010_c155-azure-jioindiawest r150_replicas 1
 x_w0010_c155-azure-jioindiawest r500_capacity 1.25
 x_w0010_c155-azure-jioindiawest r501_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c155-azure-jioindiawest OBJ 0
 r_w0010_mumbai_c155-azure-jioindiawest r116_serve 1
 r_w0010_mumbai_c155-azure-jioindiawest r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c156-aws-eu-south-2 OBJ 40.399086219999994
 x_w0010_c156-aws-eu-south-2 r117_serve -100
 x_w0010_c156-aws-eu-south-2 r150_replicas 1
 x_w0010_c156-aws-eu-south-2 r503_capacity 1.25
 x_w0010_c156-aws-eu-south-2 r504_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c156-aws-eu-south-2 OBJ 0
 r_w0010_mumbai_c156-aws-eu-south-2 r117_serve 1
 r_w0010_mumbai_c156-aws-eu-south-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c159-azure-francecentral OBJ 34.627788162499996
 x_w0010_c159-azure-francecentral r118_serve -100
 x_w0010_c159-azure-francecentral r150_replicas 1
 x_w0010_c159-azure-francecentral r506_capacity 1.25
 x_w0010_c159-azure-francecentral r507_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c159-azure-francecentral OBJ 0
 r_w0010_mumbai_c159-azure-francecentral r118_serve 1
 r_w0010_mumbai_c159-azure-francecentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c160-azure-uaecentral OBJ 34.627788162499996
 x_w0010_c160-azure-uaecentral r119_serve -100
 x_w0010_c160-azure-uaecentral r150_replicas 1
 x_w0010_c160-azure-uaecentral r509_capacity 1.25
 x_w0010_c160-azure-uaecentral r510_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c160-azure-uaecentral OBJ 0
 r_w0010_mumbai_c160-azure-uaecentral r119_serve 1
 r_w0010_mumbai_c160-azure-uaecentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c161-aws-ap-east-1 OBJ 47.6132092025
 x_w0010_c161-aws-ap-east-1 r120_serve -100
 x_w0010_c161-aws-ap-east-1 r150_replicas 1
 x_w0010_c161-aws-ap-east-1 r512_capacity 1.25
 x_w0010_c161-aws-ap-east-1 r513_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c161-aws-ap-east-1 OBJ 0
 r_w0010_mumbai_c161-aws-ap-east-1 r120_serve 1
 r_w0010_mumbai_c161-aws-ap-east-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c162-azure-germanynorth OBJ 34.627788162499996
 x_w0010_c162-azure-germanynorth r121_serve -100
 x_w0010_c162-azure-germanynorth r150_replicas 1
 x_w0010_c162-azure-germanynorth r515_capacity 1.25
 x_w0010_c162-azure-germanynorth r516_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c162-azure-germanynorth OBJ 0
 r_w0010_mumbai_c162-azure-germanynorth r121_serve 1
 r_w0010_mumbai_c162-azure-germanynorth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c165-aws-eu-south-1 OBJ 40.399086219999994
 x_w0010_c165-aws-eu-south-1 r122_serve -100
 x_w0010_c165-aws-eu-south-1 r150_replicas 1
 x_w0010_c165-aws-eu-south-1 r518_capacity 1.25
 x_w0010_c165-aws-eu-south-1 r519_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c165-aws-eu-south-1 OBJ 0
 r_w0010_mumbai_c165-aws-eu-south-1 r122_serve 1
 r_w0010_mumbai_c165-aws-eu-south-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c168-gcp-europe-west4 OBJ 38.56489552
 x_w0010_c168-gcp-europe-west4 r123_serve -100
 x_w0010_c168-gcp-europe-west4 r150_replicas 1
 x_w0010_c168-gcp-europe-west4 r521_capacity 1.25
 x_w0010_c168-gcp-europe-west4 r522_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c168-gcp-europe-west4 OBJ 0
 r_w0010_mumbai_c168-gcp-europe-west4 r123_serve 1
 r_w0010_mumbai_c168-gcp-europe-west4 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c170-gcp-australia-southeast2 OBJ 42.24950828750001
 x_w0010_c170-gcp-australia-southeast2 r124_serve -100
 x_w0010_c170-gcp-australia-southeast2 r150_replicas 1
 x_w0010_c170-gcp-australia-southeast2 r524_capacity 1.25
 x_w0010_c170-gcp-australia-southeast2 r525_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c170-gcp-australia-southeast2 OBJ 0
 r_w0010_mumbai_c170-gcp-australia-southeast2 r124_serve 1
 r_w0010_mumbai_c170-gcp-australia-southeast2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c171-gcp-europe-west9 OBJ 40.63534853
 x_w0010_c171-gcp-europe-west9 r125_serve -100
 x_w0010_c171-gcp-europe-west9 r150_replicas 1
 x_w0010_c171-gcp-europe-west9 r527_capacity 1.25
 x_w0010_c171-gcp-europe-west9 r528_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c171-gcp-europe-west9 OBJ 0
 r_w0010_mumbai_c171-gcp-europe-west9 r125_serve 1
 r_w0010_mumbai_c171-gcp-europe-west9 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c172-aws-me-south-1 OBJ 47.6132092025
 x_w0010_c172-aws-me-south-1 r126_serve -100
 x_w0010_c172-aws-me-south-1 r150_replicas 1
 x_w0010_c172-aws-me-south-1 r530_capacity 1.25
 x_w0010_c172-aws-me-south-1 r531_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c172-aws-me-south-1 OBJ 0
 r_w0010_mumbai_c172-aws-me-south-1 r126_serve 1
 r_w0010_mumbai_c172-aws-me-south-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c173-aws-il-central-1 OBJ 47.6132092025
 x_w0010_c173-aws-il-central-1 r127_serve -100
 x_w0010_c173-aws-il-central-1 r150_replicas 1
 x_w0010_c173-aws-il-central-1 r533_capacity 1.25
 x_w0010_c173-aws-il-central-1 r534_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c173-aws-il-central-1 OBJ 0
 r_w0010_mumbai_c173-aws-il-central-1 r127_serve 1
 r_w0010_mumbai_c173-aws-il-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c174-aws-eu-central-1 OBJ 41.48120464
 x_w0010_c174-aws-eu-central-1 r128_serve -100
 x_w0010_c174-aws-eu-central-1 r150_replicas 1
 x_w0010_c174-aws-eu-central-1 r536_capacity 1.25
 x_w0010_c174-aws-eu-central-1 r537_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c174-aws-eu-central-1 OBJ 0
 r_w0010_mumbai_c174-aws-eu-central-1 r128_serve 1
 r_w0010_mumbai_c174-aws-eu-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c175-azure-eastasia OBJ 34.627788162499996
 x_w0010_c175-azure-eastasia r129_serve -100
 x_w0010_c175-azure-eastasia r150_replicas 1
 x_w0010_c175-azure-eastasia r539_capacity 1.25
 x_w0010_c175-azure-eastasia r540_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c175-azure-eastasia OBJ 0
 r_w0010_mumbai_c175-azure-eastasia r129_serve 1
 r_w0010_mumbai_c175-azure-eastasia r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c176-aws-us-east-2 OBJ 34.627788162499996
 x_w0010_c176-aws-us-east-2 r130_serve -100
 x_w0010_c176-aws-us-east-2 r150_replicas 1
 x_w0010_c176-aws-us-east-2 r542_capacity 1.25
 x_w0010_c176-aws-us-east-2 r543_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c176-aws-us-east-2 OBJ 0
 r_w0010_mumbai_c176-aws-us-east-2 r130_serve 1
 r_w0010_mumbai_c176-aws-us-east-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c177-azure-francesouth OBJ 34.627788162499996
 x_w0010_c177-azure-francesouth r131_serve -100
 x_w0010_c177-azure-francesouth r150_replicas 1
 x_w0010_c177-azure-francesouth r545_capacity 1.25
 x_w0010_c177-azure-francesouth r546_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c177-azure-francesouth OBJ 0
 r_w0010_mumbai_c177-azure-francesouth r131_serve 1
 r_w0010_mumbai_c177-azure-francesouth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c179-azure-switzerlandnorth OBJ 34.627788162499996
 x_w0010_c179-azure-switzerlandnorth r132_serve -100
 x_w0010_c179-azure-switzerlandnorth r150_replicas 1
 x_w0010_c179-azure-switzerlandnorth r548_capacity 1.25
 x_w0010_c179-azure-switzerlandnorth r549_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c179-azure-switzerlandnorth OBJ 0
 r_w0010_mumbai_c179-azure-switzerlandnorth r132_serve 1
 r_w0010_mumbai_c179-azure-switzerlandnorth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c180-azure-francesouth OBJ 34.627788162499996
 x_w0010_c180-azure-francesouth r133_serve -100
 x_w0010_c180-azure-francesouth r150_replicas 1
 x_w0010_c180-azure-francesouth r551_capacity 1.25
 x_w0010_c180-azure-francesouth r552_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c180-azure-francesouth OBJ 0
 r_w0010_mumbai_c180-azure-francesouth r133_serve 1
 r_w0010_mumbai_c180-azure-francesouth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c181-azure-southeastasia OBJ 34.627788162499996
 x_w0010_c181-azure-southeastasia r134_serve -100
 x_w0010_c181-azure-southeastasia r150_replicas 1
 x_w0010_c181-azure-southeastasia r554_capacity 1.25
 x_w0010_c181-azure-southeastasia r555_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c181-azure-southeastasia OBJ 0
 r_w0010_mumbai_c181-azure-southeastasia r134_serve 1
 r_w0010_mumbai_c181-azure-southeastasia r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c183-aws-eu-central-1 OBJ 41.48120464
 x_w0010_c183-aws-eu-central-1 r135_serve -100
 x_w0010_c183-aws-eu-central-1 r150_replicas 1
 x_w0010_c183-aws-eu-central-1 r557_capacity 1.25
 x_w0010_c183-aws-eu-central-1 r558_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c183-aws-eu-central-1 OBJ 0
 r_w0010_mumbai_c183-aws-eu-central-1 r135_serve 1
 r_w0010_mumbai_c183-aws-eu-central-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c184-gcp-europe-west2 OBJ 45.13335376
 x_w0010_c184-gcp-europe-west2 r136_serve -100
 x_w0010_c184-gcp-europe-west2 r150_replicas 1
 x_w0010_c184-gcp-europe-west2 r560_capacity 1.25
 x_w0010_c184-gcp-europe-west2 r561_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c184-gcp-europe-west2 OBJ 0
 r_w0010_mumbai_c184-gcp-europe-west2 r136_serve 1
 r_w0010_mumbai_c184-gcp-europe-west2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c185-aws-ap-east-1 OBJ 47.6132092025
 x_w0010_c185-aws-ap-east-1 r137_serve -100
 x_w0010_c185-aws-ap-east-1 r150_replicas 1
 x_w0010_c185-aws-ap-east-1 r563_capacity 1.25
 x_w0010_c185-aws-ap-east-1 r564_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c185-aws-ap-east-1 OBJ 0
 r_w0010_mumbai_c185-aws-ap-east-1 r137_serve 1
 r_w0010_mumbai_c185-aws-ap-east-1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c186-azure-francecentral OBJ 34.627788162499996
 x_w0010_c186-azure-francecentral r138_serve -100
 x_w0010_c186-azure-francecentral r150_replicas 1
 x_w0010_c186-azure-francecentral r566_capacity 1.25
 x_w0010_c186-azure-francecentral r567_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c186-azure-francecentral OBJ 0
 r_w0010_mumbai_c186-azure-francecentral r138_serve 1
 r_w0010_mumbai_c186-azure-francecentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c187-gcp-asia-east1 OBJ 40.561402815
 x_w0010_c187-gcp-asia-east1 r139_serve -100
 x_w0010_c187-gcp-asia-east1 r150_replicas 1
 x_w0010_c187-gcp-asia-east1 r569_capacity 1.25
 x_w0010_c187-gcp-asia-east1 r570_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c187-gcp-asia-east1 OBJ 0
 r_w0010_mumbai_c187-gcp-asia-east1 r139_serve 1
 r_w0010_mumbai_c187-gcp-asia-east1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c189-azure-swedencentral OBJ 34.627788162499996
 x_w0010_c189-azure-swedencentral r140_serve -100
 x_w0010_c189-azure-swedencentral r150_replicas 1
 x_w0010_c189-azure-swedencentral r572_capacity 1.25
 x_w0010_c189-azure-swedencentral r573_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c189-azure-swedencentral OBJ 0
 r_w0010_mumbai_c189-azure-swedencentral r140_serve 1
 r_w0010_mumbai_c189-azure-swedencentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c190-gcp-asia-south2 OBJ 42.074566159999996
 x_w0010_c190-gcp-asia-south2 r141_serve -100
 x_w0010_c190-gcp-asia-south2 r150_replicas 1
 x_w0010_c190-gcp-asia-south2 r575_capacity 1.25
 x_w0010_c190-gcp-asia-south2 r576_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c190-gcp-asia-south2 OBJ 0
 r_w0010_mumbai_c190-gcp-asia-south2 r141_serve 1
 r_w0010_mumbai_c190-gcp-asia-south2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c191-azure-koreacentral OBJ 34.627788162499996
 x_w0010_c191-azure-koreacentral r142_serve -100
 x_w0010_c191-azure-koreacentral r150_replicas 1
 x_w0010_c191-azure-koreacentral r578_capacity 1.25
 x_w0010_c191-azure-koreacentral r579_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c191-azure-koreacentral OBJ 0
 r_w0010_mumbai_c191-azure-koreacentral r142_serve 1
 r_w0010_mumbai_c191-azure-koreacentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c192-gcp-europe-north1 OBJ 38.5685022675
 x_w0010_c192-gcp-europe-north1 r143_serve -100
 x_w0010_c192-gcp-europe-north1 r150_replicas 1
 x_w0010_c192-gcp-europe-north1 r581_capacity 1.25
 x_w0010_c192-gcp-europe-north1 r582_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c192-gcp-europe-north1 OBJ 0
 r_w0010_mumbai_c192-gcp-europe-north1 r143_serve 1
 r_w0010_mumbai_c192-gcp-europe-north1 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c193-azure-australiaeast OBJ 40.399086219999994
 x_w0010_c193-azure-australiaeast r144_serve -100
 x_w0010_c193-azure-australiaeast r150_replicas 1
 x_w0010_c193-azure-australiaeast r584_capacity 1.25
 x_w0010_c193-azure-australiaeast r585_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c193-azure-australiaeast OBJ 0
 r_w0010_mumbai_c193-azure-australiaeast r144_serve 1
 r_w0010_mumbai_c193-azure-australiaeast r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c194-azure-uksouth OBJ 34.627788162499996
 x_w0010_c194-azure-uksouth r145_serve -100
 x_w0010_c194-azure-uksouth r150_replicas 1
 x_w0010_c194-azure-uksouth r587_capacity 1.25
 x_w0010_c194-azure-uksouth r588_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c194-azure-uksouth OBJ 0
 r_w0010_mumbai_c194-azure-uksouth r145_serve 1
 r_w0010_mumbai_c194-azure-uksouth r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c195-gcp-europe-west3 OBJ 45.13335376
 x_w0010_c195-gcp-europe-west3 r146_serve -100
 x_w0010_c195-gcp-europe-west3 r150_replicas 1
 x_w0010_c195-gcp-europe-west3 r590_capacity 1.25
 x_w0010_c195-gcp-europe-west3 r591_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c195-gcp-europe-west3 OBJ 0
 r_w0010_mumbai_c195-gcp-europe-west3 r146_serve 1
 r_w0010_mumbai_c195-gcp-europe-west3 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c196-azure-qatarcentral OBJ 34.627788162499996
 x_w0010_c196-azure-qatarcentral r147_serve -100
 x_w0010_c196-azure-qatarcentral r150_replicas 1
 x_w0010_c196-azure-qatarcentral r593_capacity 1.25
 x_w0010_c196-azure-qatarcentral r594_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c196-azure-qatarcentral OBJ 0
 r_w0010_mumbai_c196-azure-qatarcentral r147_serve 1
 r_w0010_mumbai_c196-azure-qatarcentral r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c198-aws-eu-south-2 OBJ 40.399086219999994
 x_w0010_c198-aws-eu-south-2 r148_serve -100
 x_w0010_c198-aws-eu-south-2 r150_replicas 1
 x_w0010_c198-aws-eu-south-2 r596_capacity 1.25
 x_w0010_c198-aws-eu-south-2 r597_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c198-aws-eu-south-2 OBJ 0
 r_w0010_mumbai_c198-aws-eu-south-2 r148_serve 1
 r_w0010_mumbai_c198-aws-eu-south-2 r151_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c199-aws-ap-southeast-3 OBJ 43.28473552249999
 x_w0010_c199-aws-ap-southeast-3 r149_serve -100
 x_w0010_c199-aws-ap-southeast-3 r150_replicas 1
 x_w0010_c199-aws-ap-southeast-3 r599_capacity 1.25
 x_w0010_c199-aws-ap-southeast-3 r600_capacity 2
 MARKER 'MARKER' 'INTEND'
 r_w0010_mumbai_c199-aws-ap-southeast-3 OBJ 0
 r_w0010_mumbai_c199-aws-ap-southeast-3 r149_serve 1
 r_w0010_mumbai_c199-aws-ap-southeast-3 r151_demand 1
RHS
 RHS r150_replicas 1
 RHS r151_demand 150
 RHS r152_capacity 42
 RHS r153_capacity 168
 RHS r155_capacity 94
 RHS r156_capacity 376
 RHS r158_capacity 45
 RHS r159_capacity 180
 RHS r161_capacity 67
 RHS r162_capacity 268
 RHS r164_capacity 91
 RHS r165_capacity 364
 RHS r167_capacity 66
 RHS r168_capacity 264
 RHS r170_capacity 68
 RHS r171_capacity 272
 RHS r173_capacity 44
 RHS r174_capacity 176
 RHS r176_capacity 47
 RHS r177_capacity 188
 RHS r179_capacity 51
 RHS r180_capacity 204
 RHS r182_capacity 61
 RHS r183_capacity 244
 RHS r185_capacity 71
 RHS r186_capacity 284
 RHS r188_capacity 72
 RHS r189_capacity 288
 RHS r191_capacity 67
 RHS r192_capacity 268
 RHS r194_capacity 43
 RHS r195_capacity 172
 RHS r197_capacity 58
 RHS r198_capacity 232
 RHS r200_capacity 87
 RHS r201_capacity 348
 RHS r203_capacity 42
 RHS r204_capacity 168
 RHS r206_capacity 46
 RHS r207_capacity 184
 RHS r209_capacity 63
 RHS r210_capacity 252
 RHS r212_capacity 75
 RHS r213_capacity 300
 RHS r215_capacity 57
 RHS r216_capacity 228
 RHS r218_capacity 88
 RHS r219_capacity 352
 RHS r221_capacity 46
 RHS r222_capacity 184
 RHS r224_capacity 88
 RHS r225_capacity 352
 RHS r227_capacity 69
 RHS r228_capacity 276
 RHS r230_capacity 82
 RHS r231_capacity 328
 RHS r233_capacity 84
 RHS r234_capacity 336
 RHS r236_capacity 60
 RHS r237_capacity 240
 RHS r239_capacity 48
 RHS r240_capacity 192
 RHS r242_capacity 58
 RHS r243_capacity 232
 RHS r245_capacity 44
 RHS r246_capacity 176
 RHS r248_capacity 72
 RHS r249_capacity 288
 RHS r251_capacity 56
 RHS r252_capacity 224
 RHS r254_capacity 78
 RHS r255_capacity 312
 RHS r257_capacity 42
 RHS r258_capacity 168
 RHS r260_capacity 59
 RHS r261_capacity 236
 RHS r263_capacity 40
 RHS r264_capacity 160
 RHS r266_capacity 62
 RHS r267_capacity 248
 RHS r269_capacity 42
 RHS r270_capacity 168
 RHS r272_capacity 63
 RHS r273_capacity 252
 RHS r275_capacity 40
 RHS r276_capacity 160
 RHS r278_capacity 88
 RHS r279_capacity 352
 RHS r281_capacity 61
 RHS r282_capacity 244
 RHS r284_capacity 72
 RHS r285_capacity 288
 RHS r287_capacity 41
 RHS r288_capacity 164
 RHS r290_capacity 65
 RHS r291_capacity 260
 RHS r293_capacity 89
 RHS r294_capacity 356
 RHS r296_capacity 81
 RHS r297_capacity 324
 RHS r299_capacity 98
 RHS r300_capacity 392
 RHS r302_capacity 99
 RHS r303_capacity 396
 RHS r305_capacity 80
 RHS r306_capacity 320
 RHS r308_capacity 98
 RHS r309_capacity 392
 RHS r311_capacity 48
 RHS r312_capacity 192
 RHS r314_capacity 50
 RHS r315_capacity 200
 RHS r317_capacity 44
 RHS r318_capacity 176
 RHS r320_capacity 90
 RHS r321_capacity 360
 RHS r323_capacity 54
 RHS r324_capacity 216
 RHS r326_capacity 59
 RHS r327_capacity 236
 RHS r329_capacity 64
 RHS r330_capacity 256
 RHS r332_capacity 93
 RHS r333_capacity 372
 RHS r335_capacity 87
 RHS r336_capacity 348
 RHS r338_capacity 43
 RHS r339_capacity 172
 RHS r341_capacity 88
 RHS r342_capacity 352
 RHS r344_capacity 65
 RHS r345_capacity 260
 RHS r347_capacity 62
 RHS r348_capacity 248
 RHS r350_capacity 67
 RHS r351_capacity 268
 RHS r353_capacity 58
 RHS r354_capacity 232
 RHS r356_capacity 41
 RHS r357_capacity 164
 RHS r359_capacity 87
 RHS r360_capacity 348
 RHS r362_capacity 99
 RHS r363_capacity 396
 RHS r365_capacity 43
 RHS r366_capacity 172
 RHS r368_capacity 45
 RHS r369_capacity 180
 RHS r371_capacity 44
 RHS r372_capacity 176
 RHS r374_capacity 80
 RHS r375_capacity 320
 RHS r377_capacity 43
 RHS r378_capacity 172
 RHS r380_capacity 49
 RHS r381_capacity 196
 RHS r383_capacity 49
 RHS r384_capacity 196
 RHS r386_capacity 43
 RHS r387_capacity 172
 RHS r389_capacity 46
 RHS r390_capacity 184
 RHS r392_capacity 57
 RHS r393_capacity 228
 RHS r395_capacity 41
 RHS r396_capacity 164
 RHS r398_capacity 45
 RHS r399_capacity 180
 RHS r401_capacity 42
 RHS r402_capacity 168
 RHS r404_capacity 54
 RHS r405_capacity 216
 RHS r407_capacity 90
 RHS r408_capacity 360
 RHS r410_capacity 56
 RHS r411_capacity 224
 RHS r413_capacity 44
 RHS r414_capacity 176
 RHS r416_capacity 99
 RHS r417_capacity 396
 RHS r419_capacity 69
 RHS r420_capacity 276
 RHS r422_capacity 64
 RHS r423_capacity 256
 RHS r425_capacity 86
 RHS r426_capacity 344
 RHS r428_capacity 86
 RHS r429_capacity 344
 RHS r431_capacity 70
 RHS r432_capacity 280
 RHS r434_capacity 57
 RHS r435_capacity 228
 RHS r437_capacity 67
 RHS r438_capacity 268
 RHS r440_capacity 70
 RHS r441_capacity 280
 RHS r443_capacity 73
 RHS r444_capacity 292
 RHS r446_capacity 57
 RHS r447_capacity 228
 RHS r449_capacity 50
 RHS r450_capacity 200
 RHS r452_capacity 55
 RHS r453_capacity 220
 RHS r455_capacity 49
 RHS r456_capacity 196
 RHS r458_capacity 88
 RHS r459_capacity 352
 RHS r461_capacity 98
 RHS r462_capacity 392
 RHS r464_capacity 69
 RHS r465_capacity 276
 RHS r467_capacity 78
 RHS r468_capacity 312
 RHS r470_capacity 48
 RHS r471_capacity 192
 RHS r473_capacity 43
 RHS r474_capacity 172
 RHS r476_capacity 98
 RHS r477_capacity 392
 RHS r479_capacity 87
 RHS r480_capacity 348
 RHS r482_capacity 80
 RHS r483_capacity 320
 RHS r485_capacity 63
 RHS r486_capacity 252
 RHS r488_capacity 60
 RHS r489_capacity 240
 RHS r491_capacity 82
 RHS r492_capacity 328
 RHS r494_capacity 75
 RHS r495_capacity 300
 RHS r497_capacity 47
 RHS r498_capacity 188
 RHS r500_capacity 45
 RHS r501_capacity 180
 RHS r503_capacity 93
 RHS r504_capacity 372
 RHS r506_capacity 65
 RHS r507_capacity 260
 RHS r509_capacity 93
 RHS r510_capacity 372
 RHS r512_capacity 94
 RHS r513_capacity 376
 RHS r515_capacity 94
 RHS r516_capacity 376
 RHS r518_capacity 67
 RHS r519_capacity 268
 RHS r521_capacity 73
 RHS r522_capacity 292
 RHS r524_capacity 88
 RHS r525_capacity 352
 RHS r527_capacity 57
 RHS r528_capacity 228
 RHS r530_capacity 78
 RHS r531_capacity 312
 RHS r533_capacity 57
 RHS r534_capacity 228
 RHS r536_capacity 45
 RHS r537_capacity 180
 RHS r539_capacity 56
 RHS r540_capacity 224
 RHS r542_capacity 41
 RHS r543_capacity 164
 RHS r545_capacity 46
 RHS r546_capacity 184
 RHS r548_capacity 94
 RHS r549_capacity 376
 RHS r551_capacity 70
 RHS r552_capacity 280
 RHS r554_capacity 53
 RHS r555_capacity 212
 RHS r557_capacity 80
 RHS r558_capacity 320
 RHS r560_capacity 88
 RHS r561_capacity 352
 RHS r563_capacity 78
 RHS r564_capacity 312
 RHS r566_capacity 87
 RHS r567_capacity 348
 RHS r569_capacity 41
 RHS r570_capacity 164
 RHS r572_capacity 49
 RHS r573_capacity 196
 RHS r575_capacity 43
 RHS r576_capacity 172
 RHS r578_capacity 90
 RHS r579_capacity 360
 RHS r581_capacity 69
 RHS r582_capacity 276
 RHS r584_capacity 48
 RHS r585_capacity 192
 RHS r587_capacity 61
 RHS r588_capacity 244
 RHS r590_capacity 81
 RHS r591_capacity 324
 RHS r593_capacity 43
 RHS r594_capacity 172
 RHS r596_capacity 81
 RHS r597_capacity 324
 RHS r599_capacity 82
 RHS r600_capacity 328
BOUNDS
 LO BND x_w0010_c000-azure-polandcentral 0
 UP BND x_w0010_c000-azure-polandcentral 33
 LO BND r_w0010_mumbai_c000-azure-polandcentral 0
 UP BND r_w0010_mumbai_c000-azure-polandcentral 150
 LO BND x_w0010_c001-azure-eastasia 0
 UP BND x_w0010_c001-azure-eastasia 75
 LO BND r_w0010_mumbai_c001-azure-eastasia 0
 UP BND r_w0010_mumbai_c001-azure-eastasia 150
 LO BND x_w0010_c002-azure-switzerlandwest 0
 UP BND x_w0010_c002-azure-switzerlandwest 36
 LO BND r_w0010_mumbai_c002-azure-switzerlandwest 0
 UP BND r_w0010_mumbai_c002-azure-switzerlandwest 150
 LO BND x_w0010_c003-azure-germanynorth 0
 UP BND x_w0010_c003-azure-germanynorth 53
 LO BND r_w0010_mumbai_c003-azure-germanynorth 0
 UP BND r_w0010_mumbai_c003-azure-germanynorth 150
 LO BND x_w0010_c004-azure-switzerlandnorth 0
 UP BND x_w0010_c004-azure-switzerlandnorth 72
 LO BND r_w0010_mumbai_c004-azure-switzerlandnorth 0
 UP BND r_w0010_mumbai_c004-azure-switzerlandnorth 150
 LO BND x_w0010_c005-aws-af-south-1 0
 UP BND x_w0010_c005-aws-af-south-1 52
 LO BND r_w0010_mumbai_c005-aws-af-south-1 0
 UP BND r_w0010_mumbai_c005-aws-af-south-1 150
 LO BND x_w0010_c006-azure-northeurope 0
 UP BND x_w0010_c006-azure-northeurope 54
 LO BND r_w0010_mumbai_c006-azure-northeurope 0
 UP BND r_w0010_mumbai_c006-azure-northeurope 150
 LO BND x_w0010_c007-aws-ap-southeast-1 0
 UP BND x_w0010_c007-aws-ap-southeast-1 35
 LO BND r_w0010_mumbai_c007-aws-ap-southeast-1 0
 UP BND r_w0010_mumbai_c007-aws-ap-southeast-1 150
 LO BND x_w0010_c009-gcp-europe-west9 0
 UP BND x_w0010_c009-gcp-europe-west9 37
 LO BND r_w0010_mumbai_c009-gcp-europe-west9 0
 UP BND r_w0010_mumbai_c009-gcp-europe-west9 150
 LO BND x_w0010_c012-azure-italynorth 0
 UP BND x_w0010_c012-azure-italynorth 40
 LO BND r_w0010_mumbai_c012-azure-italynorth 0
 UP BND r_w0010_mumbai_c012-azure-italynorth 150
 LO BND x_w0010_c014-azure-centralindia 0
 UP BND x_w0010_c014-azure-centralindia 48
 LO BND r_w0010_mumbai_c014-azure-centralindia 0
 UP BND r_w0010_mumbai_c014-azure-centralindia 150
 LO BND x_w0010_c015-gcp-europe-central2 0
 UP BND x_w0010_c015-gcp-europe-central2 56
 LO BND r_w0010_mumbai_c015-gcp-europe-central2 0
 UP BND r_w0010_mumbai_c015-gcp-europe-central2 150
 LO BND x_w0010_c016-azure-eastasia 0
 UP BND x_w0010_c016-azure-eastasia 57
 LO BND r_w0010_mumbai_c016-azure-eastasia 0
 UP BND r_w0010_mumbai_c016-azure-eastasia 150
 LO BND x_w0010_c018-azure-francecentral 0
 UP BND x_w0010_c018-azure-francecentral 53
 LO BND r_w0010_mumbai_c018-azure-francecentral 0
 UP BND r_w0010_mumbai_c018-azure-francecentral 150
 LO BND x_w0010_c019-aws-ap-southeast-7 0
 UP BND x_w0010_c019-aws-ap-southeast-7 34
 LO BND r_w0010_mumbai_c019-aws-ap-southeast-7 0
 UP BND r_w0010_mumbai_c019-aws-ap-southeast-7 150
 LO BND x_w0010_c020-azure-australiaeast 0
 UP BND x_w0010_c020-azure-australiaeast 46
 LO BND r_w0010_mumbai_c020-azure-australiaeast 0
 UP BND r_w0010_mumbai_c020-azure-australiaeast 150
 LO BND x_w0010_c021-aws-eu-south-2 0
 UP BND x_w0010_c021-aws-eu-south-2 69
 LO BND r_w0010_mumbai_c021-aws-eu-south-2 0
 UP BND r_w0010_mumbai_c021-aws-eu-south-2 150
 LO BND x_w0010_c024-gcp-europe-west1 0
 UP BND x_w0010_c024-gcp-europe-west1 33
 LO BND r_w0010_mumbai_c024-gcp-europe-west1 0
 UP BND r_w0010_mumbai_c024-gcp-europe-west1 150
 LO BND x_w0010_c026-azure-southafricawest 0
 UP BND x_w0010_c026-azure-southafricawest 36
 LO BND r_w0010_mumbai_c026-azure-southafricawest 0
 UP BND r_w0010_mumbai_c026-azure-southafricawest 150
 LO BND x_w0010_c027-azure-westeurope 0
 UP BND x_w0010_c027-azure-westeurope 50
 LO BND r_w0010_mumbai_c027-azure-westeurope 0
 UP BND r_w0010_mumbai_c027-azure-westeurope 150
 LO BND x_w0010_c028-azure-eastus 0
 UP BND x_w0010_c028-azure-eastus 60
 LO BND r_w0010_mumbai_c028-azure-eastus 0
 UP BND r_w0010_mumbai_c028-azure-eastus 150
 LO BND x_w0010_c030-azure-polandcentral 0
 UP BND x_w0010_c030-azure-polandcentral 45
 LO BND r_w0010_mumbai_c030-azure-polandcentral 0
 UP BND r_w0010_mumbai_c030-azure-polandcentral 150
 LO BND x_w0010_c031-aws-ap-south-2 0
 UP BND x_w0010_c031-aws-ap-south-2 70
 LO BND r_w0010_mumbai_c031-aws-ap-south-2 0
 UP BND r_w0010_mumbai_c031-aws-ap-south-2 150
 LO BND x_w0010_c032-gcp-asia-northeast1 0
 UP BND x_w0010_c032-gcp-asia-northeast1 36
 LO BND r_w0010_mumbai_c032-gcp-asia-northeast1 0
 UP BND r_w0010_mumbai_c032-gcp-asia-northeast1 150
 LO BND x_w0010_c033-gcp-europe-west1 0
 UP BND x_w0010_c033-gcp-europe-west1 70
 LO BND r_w0010_mumbai_c033-gcp-europe-west1 0
 UP BND r_w0010_mumbai_c033-gcp-europe-west1 150
 LO BND x_w0010_c036-aws-eu-west-3 0
 UP BND x_w0010_c036-aws-eu-west-3 55
 LO BND r_w0010_mumbai_c036-aws-eu-west-3 0
 UP BND r_w0010_mumbai_c036-aws-eu-west-3 150
 LO BND x_w0010_c037-aws-ap-southeast-7 0
 UP BND x_w0010_c037-aws-ap-southeast-7 65
 LO BND r_w0010_mumbai_c037-aws-ap-southeast-7 0
 UP BND r_w0010_mumbai_c037-aws-ap-southeast-7 150
 LO BND x_w0010_c039-gcp-europe-west12 0
 UP BND x_w0010_c039-gcp-europe-west12 67
 LO BND r_w0010_mumbai_c039-gcp-europe-west12 0
 UP BND r_w0010_mumbai_c039-gcp-europe-west12 150
 LO BND x_w0010_c040-azure-australiacentral 0
 UP BND x_w0010_c040-azure-australiacentral 48
 LO BND r_w0010_mumbai_c040-azure-australiacentral 0
 UP BND r_w0010_mumbai_c040-azure-australiacentral 150
 LO BND x_w0010_c041-azure-uksouth 0
 UP BND x_w0010_c041-azure-uksouth 38
 LO BND r_w0010_mumbai_c041-azure-uksouth 0
 UP BND r_w0010_mumbai_c041-azure-uksouth 150
 LO BND x_w0010_c042-azure-germanywestcentral 0
 UP BND x_w0010_c042-azure-germanywestcentral 46
 LO BND r_w0010_mumbai_c042-azure-germanywestcentral 0
 UP BND r_w0010_mumbai_c042-azure-germanywestcentral 150
 LO BND x_w0010_c043-gcp-asia-southeast2 0
 UP BND x_w0010_c043-gcp-asia-southeast2 35
 LO BND r_w0010_mumbai_c043-gcp-asia-southeast2 0
 UP BND r_w0010_mumbai_c043-gcp-asia-southeast2 150
 LO BND x_w0010_c044-aws-ap-south-2 0
 UP BND x_w0010_c044-aws-ap-south-2 57
 LO BND r_w0010_mumbai_c044-aws-ap-south-2 0
 UP BND r_w0010_mumbai_c044-aws-ap-south-2 150
 LO BND x_w0010_c045-azure-francesouth 0
 UP BND x_w0010_c045-azure-francesouth 44
 LO BND r_w0010_mumbai_c045-azure-francesouth 0
 UP BND r_w0010_mumbai_c045-azure-francesouth 150
 LO BND x_w0010_c047-azure-eastus 0
 UP BND x_w0010_c047-azure-eastus 62
 LO BND r_w0010_mumbai_c047-azure-eastus 0
 UP BND r_w0010_mumbai_c047-azure-eastus 150
 LO BND x_w0010_c048-gcp-europe-southwest1 0
 UP BND x_w0010_c048-gcp-europe-southwest1 33
 LO BND r_w0010_mumbai_c048-gcp-europe-southwest1 0
 UP BND r_w0010_mumbai_c048-gcp-europe-southwest1 150
 LO BND x_w0010_c050-aws-ca-central-1 0
 UP BND x_w0010_c050-aws-ca-central-1 47
 LO BND r_w0010_mumbai_c050-aws-ca-central-1 0
 UP BND r_w0010_mumbai_c050-aws-ca-central-1 150
 LO BND x_w0010_c051-azure-francecentral 0
 UP BND x_w0010_c051-azure-francecentral 32
 LO BND r_w0010_mumbai_c051-azure-francecentral 0
 UP BND r_w0010_mumbai_c051-azure-francecentral 150
 LO BND x_w0010_c052-azure-southeastasia 0
 UP BND x_w0010_c052-azure-southeastasia 49
 LO BND r_w0010_mumbai_c052-azure-southeastasia 0
 UP BND r_w0010_mumbai_c052-azure-southeastasia 150
 LO BND x_w0010_c053-azure-japanwest 0
 UP BND x_w0010_c053-azure-japanwest 33
 LO BND r_w0010_mumbai_c053-azure-japanwest 0
 UP BND r_w0010_mumbai_c053-azure-japanwest 150
 LO BND x_w0010_c054-aws-eu-west-1 0
 UP BND x_w0010_c054-aws-eu-west-1 50
 LO BND r_w0010_mumbai_c054-aws-eu-west-1 0
 UP BND r_w0010_mumbai_c054-aws-eu-west-1 150
 LO BND x_w0010_c056-azure-japanwest 0
 UP BND x_w0010_c056-azure-japanwest 32
 LO BND r_w0010_mumbai_c056-azure-japanwest 0
 UP BND r_w0010_mumbai_c056-azure-japanwest 150
 LO BND x_w0010_c057-azure-francecentral 0
 UP BND x_w0010_c057-azure-francecentral 70
 LO BND r_w0010_mumbai_c057-azure-francecentral 0
 UP BND r_w0010_mumbai_c057-azure-francecentral 150
 LO BND x_w0010_c058-gcp-australia-southeast1 0
 UP BND x_w0010_c058-gcp-australia-southeast1 48
 LO BND r_w0010_mumbai_c058-gcp-australia-southeast1 0
 UP BND r_w0010_mumbai_c058-gcp-australia-southeast1 150
 LO BND x_w0010_c060-gcp-europe-southwest1 0
 UP BND x_w0010_c060-gcp-europe-southwest1 57
 LO BND r_w0010_mumbai_c060-gcp-europe-southwest1 0
 UP BND r_w0010_mumbai_c060-gcp-europe-southwest1 150
 LO BND x_w0010_c061-aws-ap-east-1 0
 UP BND x_w0010_c061-aws-ap-east-1 32
 LO BND r_w0010_mumbai_c061-aws-ap-east-1 0
 UP BND r_w0010_mumbai_c061-aws-ap-east-1 150
 LO BND x_w0010_c062-azure-uaenorth 0
 UP BND x_w0010_c062-azure-uaenorth 52
 LO BND r_w0010_mumbai_c062-azure-uaenorth 0
 UP BND r_w0010_mumbai_c062-azure-uaenorth 150
 LO BND x_w0010_c063-aws-eu-central-1 0
 UP BND x_w0010_c063-aws-eu-central-1 71
 LO BND r_w0010_mumbai_c063-aws-eu-central-1 0
 UP BND r_w0010_mumbai_c063-aws-eu-central-1 150
 LO BND x_w0010_c066-gcp-europe-north2 0
 UP BND x_w0010_c066-gcp-europe-north2 64
 LO BND r_w0010_mumbai_c066-gcp-europe-north2 0
 UP BND r_w0010_mumbai_c066-gcp-europe-north2 150
 LO BND x_w0010_c069-gcp-europe-north1 0
 UP BND x_w0010_c069-gcp-europe-north1 78
 LO BND r_w0010_mumbai_c069-gcp-europe-north1 0
 UP BND r_w0010_mumbai_c069-gcp-europe-north1 150
 LO BND x_w0010_c070-azure-switzerlandwest 0
 UP BND x_w0010_c070-azure-switzerlandwest 79
 LO BND r_w0010_mumbai_c070-azure-switzerlandwest 0
 UP BND r_w0010_mumbai_c070-azure-switzerlandwest 150
 LO BND x_w0010_c071-azure-norwaywest 0
 UP BND x_w0010_c071-azure-norwaywest 64
 LO BND r_w0010_mumbai_c071-azure-norwaywest 0
 UP BND r_w0010_mumbai_c071-azure-norwaywest 150
 LO BND x_w0010_c072-gcp-europe-central2 0
 UP BND x_w0010_c072-gcp-europe-central2 78
 LO BND r_w0010_mumbai_c072-gcp-europe-central2 0
 UP BND r_w0010_mumbai_c072-gcp-europe-central2 150
 LO BND x_w0010_c075-azure-francecentral 0
 UP BND x_w0010_c075-azure-francecentral 38
 LO BND r_w0010_mumbai_c075-azure-francecentral 0
 UP BND r_w0010_mumbai_c075-azure-francecentral 150
 LO BND x_w0010_c076-aws-ap-south-2 0
 UP BND x_w0010_c076-aws-ap-south-2 40
 LO BND r_w0010_mumbai_c076-aws-ap-south-2 0
 UP BND r_w0010_mumbai_c076-aws-ap-south-2 150
 LO BND x_w0010_c077-azure-eastus 0
 UP BND x_w0010_c077-azure-eastus 35
 LO BND r_w0010_mumbai_c077-azure-eastus 0
 UP BND r_w0010_mumbai_c077-azure-eastus 150
 LO BND x_w0010_c078-gcp-europe-west4 0
 UP BND x_w0010_c078-gcp-europe-west4 72
 LO BND r_w0010_mumbai_c078-gcp-europe-west4 0
 UP BND r_w0010_mumbai_c078-gcp-europe-west4 150
 LO BND x_w0010_c080-gcp-africa-south1 0
 UP BND x_w0010_c080-gcp-africa-south1 43
 LO BND r_w0010_mumbai_c080-gcp-africa-south1 0
 UP BND r_w0010_mumbai_c080-gcp-africa-south1 150
 LO BND x_w0010_c081-aws-eu-west-1 0
 UP BND x_w0010_c081-aws-eu-west-1 47
 LO BND r_w0010_mumbai_c081-aws-eu-west-1 0
 UP BND r_w0010_mumbai_c081-aws-eu-west-1 150
 LO BND x_w0010_c082-azure-switzerlandwest 0
 UP BND x_w0010_c082-azure-switzerlandwest 51
 LO BND r_w0010_mumbai_c082-azure-switzerlandwest 0
 UP BND r_w0010_mumbai_c082-azure-switzerlandwest 150
 LO BND x_w0010_c083-gcp-me-west1 0
 UP BND x_w0010_c083-gcp-me-west1 74
 LO BND r_w0010_mumbai_c083-gcp-me-west1 0
 UP BND r_w0010_mumbai_c083-gcp-me-west1 150
 LO BND x_w0010_c084-azure-westeurope 0
 UP BND x_w0010_c084-azure-westeurope 69
 LO BND r_w0010_mumbai_c084-azure-westeurope 0
 UP BND r_w0010_mumbai_c084-azure-westeurope 150
 LO BND x_w0010_c086-azure-eastasia 0
 UP BND x_w0010_c086-azure-eastasia 34
 LO BND r_w0010_mumbai_c086-azure-eastasia 0
 UP BND r_w0010_mumbai_c086-azure-eastasia 150
 LO BND x_w0010_c087-gcp-europe-west4 0
 UP BND x_w0010_c087-gcp-europe-west4 70
 LO BND r_w0010_mumbai_c087-gcp-europe-west4 0
 UP BND r_w0010_mumbai_c087-gcp-europe-west4 150
 LO BND x_w0010_c088-azure-eastasia 0
 UP BND x_w0010_c088-azure-eastasia 52
 LO BND r_w0010_mumbai_c088-azure-eastasia 0
 UP BND r_w0010_mumbai_c088-azure-eastasia 150
 LO BND x_w0010_c090-gcp-europe-west10 0
 UP BND x_w0010_c090-gcp-europe-west10 49
 LO BND r_w0010_mumbai_c090-gcp-europe-west10 0
 UP BND r_w0010_mumbai_c090-gcp-europe-west10 150
 LO BND x_w0010_c092-aws-ca-central-1 0
 UP BND x_w0010_c092-aws-ca-central-1 53
 LO BND r_w0010_mumbai_c092-aws-ca-central-1 0
 UP BND r_w0010_mumbai_c092-aws-ca-central-1 150
 LO BND x_w0010_c093-aws-eu-central-1 0
 UP BND x_w0010_c093-aws-eu-central-1 46
 LO BND r_w0010_mumbai_c093-aws-eu-central-1 0
 UP BND r_w0010_mumbai_c093-aws-eu-central-1 150
 LO BND x_w0010_c094-azure-koreasouth 0
 UP BND x_w0010_c094-azure-koreasouth 32
 LO BND r_w0010_mumbai_c094-azure-koreasouth 0
 UP BND r_w0010_mumbai_c094-azure-koreasouth 150
 LO BND x_w0010_c096-azure-spaincentral 0
 UP BND x_w0010_c096-azure-spaincentral 69
 LO BND r_w0010_mumbai_c096-azure-spaincentral 0
 UP BND r_w0010_mumbai_c096-azure-spaincentral 150
 LO BND x_w0010_c097-azure-japaneast 0
 UP BND x_w0010_c097-azure-japaneast 79
 LO BND r_w0010_mumbai_c097-azure-japaneast 0
 UP BND r_w0010_mumbai_c097-azure-japaneast 150
 LO BND x_w0010_c099-gcp-europe-west3 0
 UP BND x_w0010_c099-gcp-europe-west3 34
 LO BND r_w0010_mumbai_c099-gcp-europe-west3 0
 UP BND r_w0010_mumbai_c099-gcp-europe-west3 150
 LO BND x_w0010_c102-aws-eu-west-3 0
 UP BND x_w0010_c102-aws-eu-west-3 36
 LO BND r_w0010_mumbai_c102-aws-eu-west-3 0
 UP BND r_w0010_mumbai_c102-aws-eu-west-3 150
 LO BND x_w0010_c103-aws-ca-central-1 0
 UP BND x_w0010_c103-aws-ca-central-1 35
 LO BND r_w0010_mumbai_c103-aws-ca-central-1 0
 UP BND r_w0010_mumbai_c103-aws-ca-central-1 150
 LO BND x_w0010_c104-aws-us-east-2 0
 UP BND x_w0010_c104-aws-us-east-2 64
 LO BND r_w0010_mumbai_c104-aws-us-east-2 0
 UP BND r_w0010_mumbai_c104-aws-us-east-2 150
 LO BND x_w0010_c105-gcp-europe-north1 0
 UP BND x_w0010_c105-gcp-europe-north1 34
 LO BND r_w0010_mumbai_c105-gcp-europe-north1 0
 UP BND r_w0010_mumbai_c105-gcp-europe-north1 150
 LO BND x_w0010_c106-azure-uaecentral 0
 UP BND x_w0010_c106-azure-uaecentral 39
 LO BND r_w0010_mumbai_c106-azure-uaecentral 0
 UP BND r_w0010_mumbai_c106-azure-uaecentral 150
 LO BND x_w0010_c108-gcp-europe-west12 0
 UP BND x_w0010_c108-gcp-europe-west12 39
 LO BND r_w0010_mumbai_c108-gcp-europe-west12 0
 UP BND r_w0010_mumbai_c108-gcp-europe-west12 150
 LO BND x_w0010_c109-aws-us-east-1 0
 UP BND x_w0010_c109-aws-us-east-1 34
 LO BND r_w0010_mumbai_c109-aws-us-east-1 0
 UP BND r_w0010_mumbai_c109-aws-us-east-1 150
 LO BND x_w0010_c110-aws-ca-central-1 0
 UP BND x_w0010_c110-aws-ca-central-1 36
 LO BND r_w0010_mumbai_c110-aws-ca-central-1 0
 UP BND r_w0010_mumbai_c110-aws-ca-central-1 150
 LO BND x_w0010_c111-gcp-europe-west4 0
 UP BND x_w0010_c111-gcp-europe-west4 45
 LO BND r_w0010_mumbai_c111-gcp-europe-west4 0
 UP BND r_w0010_mumbai_c111-gcp-europe-west4 150
 LO BND x_w0010_c112-gcp-africa-south1 0
 UP BND x_w0010_c112-gcp-africa-south1 32
 LO BND r_w0010_mumbai_c112-gcp-africa-south1 0
 UP BND r_w0010_mumbai_c112-gcp-africa-south1 150
 LO BND x_w0010_c113-azure-koreacentral 0
 UP BND x_w0010_c113-azure-koreacentral 36
 LO BND r_w0010_mumbai_c113-azure-koreacentral 0
 UP BND r_w0010_mumbai_c113-azure-koreacentral 150
 LO BND x_w0010_c114-azure-polandcentral 0
 UP BND x_w0010_c114-azure-polandcentral 33
 LO BND r_w0010_mumbai_c114-azure-polandcentral 0
 UP BND r_w0010_mumbai_c114-azure-polandcentral 150
 LO BND x_w0010_c115-gcp-europe-west2 0
 UP BND x_w0010_c115-gcp-europe-west2 43
 LO BND r_w0010_mumbai_c115-gcp-europe-west2 0
 UP BND r_w0010_mumbai_c115-gcp-europe-west2 150
 LO BND x_w0010_c116-aws-us-east-2 0
 UP BND x_w0010_c116-aws-us-east-2 72
 LO BND r_w0010_mumbai_c116-aws-us-east-2 0
 UP BND r_w0010_mumbai_c116-aws-us-east-2 150
 LO BND x_w0010_c117-azure-northeurope 0
 UP BND x_w0010_c117-azure-northeurope 44
 LO BND r_w0010_mumbai_c117-azure-northeurope 0
 UP BND r_w0010_mumbai_c117-azure-northeurope 150
 LO BND x_w0010_c118-aws-il-central-1 0
 UP BND x_w0010_c118-aws-il-central-1 35
 LO BND r_w0010_mumbai_c118-aws-il-central-1 0
 UP BND r_w0010_mumbai_c118-aws-il-central-1 150
 LO BND x_w0010_c119-azure-australiasoutheast 0
 UP BND x_w0010_c119-azure-australiasoutheast 79
 LO BND r_w0010_mumbai_c119-azure-australiasoutheast 0
 UP BND r_w0010_mumbai_c119-azure-australiasoutheast 150
 LO BND x_w0010_c120-gcp-europe-west1 0
 UP BND x_w0010_c120-gcp-europe-west1 55
 LO BND r_w0010_mumbai_c120-gcp-europe-west1 0
 UP BND r_w0010_mumbai_c120-gcp-europe-west1 150
 LO BND x_w0010_c121-aws-il-central-1 0
 UP BND x_w0010_c121-aws-il-central-1 51
 LO BND r_w0010_mumbai_c121-aws-il-central-1 0
 UP BND r_w0010_mumbai_c121-aws-il-central-1 150
 LO BND x_w0010_c122-aws-ap-southeast-7 0
 UP BND x_w0010_c122-aws-ap-southeast-7 68
 LO BND r_w0010_mumbai_c122-aws-ap-southeast-7 0
 UP BND r_w0010_mumbai_c122-aws-ap-southeast-7 150
 LO BND x_w0010_c123-gcp-europe-southwest1 0
 UP BND x_w0010_c123-gcp-europe-southwest1 68
 LO BND r_w0010_mumbai_c123-gcp-europe-southwest1 0
 UP BND r_w0010_mumbai_c123-gcp-europe-southwest1 150
 LO BND x_w0010_c125-aws-us-east-1 0
 UP BND x_w0010_c125-aws-us-east-1 56
 LO BND r_w0010_mumbai_c125-aws-us-east-1 0
 UP BND r_w0010_mumbai_c125-aws-us-east-1 150
 LO BND x_w0010_c126-azure-swedencentral 0
 UP BND x_w0010_c126-azure-swedencentral 45
 LO BND r_w0010_mumbai_c126-azure-swedencentral 0
 UP BND r_w0010_mumbai_c126-azure-swedencentral 150
 LO BND x_w0010_c127-azure-koreasouth 0
 UP BND x_w0010_c127-azure-koreasouth 53
 LO BND r_w0010_mumbai_c127-azure-koreasouth 0
 UP BND r_w0010_mumbai_c127-azure-koreasouth 150
 LO BND x_w0010_c128-gcp-asia-southeast2 0
 UP BND x_w0010_c128-gcp-asia-southeast2 56
 LO BND r_w0010_mumbai_c128-gcp-asia-southeast2 0
 UP BND r_w0010_mumbai_c128-gcp-asia-southeast2 150
 LO BND x_w0010_c129-aws-eu-south-2 0
 UP BND x_w0010_c129-aws-eu-south-2 58
 LO BND r_w0010_mumbai_c129-aws-eu-south-2 0
 UP BND r_w0010_mumbai_c129-aws-eu-south-2 150
 LO BND x_w0010_c130-azure-jioindiawest 0
 UP BND x_w0010_c130-azure-jioindiawest 45
 LO BND r_w0010_mumbai_c130-azure-jioindiawest 0
 UP BND r_w0010_mumbai_c130-azure-jioindiawest 150
 LO BND x_w0010_c132-azure-germanynorth 0
 UP BND x_w0010_c132-azure-germanynorth 40
 LO BND r_w0010_mumbai_c132-azure-germanynorth 0
 UP BND r_w0010_mumbai_c132-azure-germanynorth 150
 LO BND x_w0010_c133-aws-me-south-1 0
 UP BND x_w0010_c133-aws-me-south-1 44
 LO BND r_w0010_mumbai_c133-aws-me-south-1 0
 UP BND r_w0010_mumbai_c133-aws-me-south-1 150
 LO BND x_w0010_c134-azure-qatarcentral 0
 UP BND x_w0010_c134-azure-qatarcentral 39
 LO BND r_w0010_mumbai_c134-azure-qatarcentral 0
 UP BND r_w0010_mumbai_c134-azure-qatarcentral 150
 LO BND x_w0010_c135-aws-eu-west-1 0
 UP BND x_w0010_c135-aws-eu-west-1 70
 LO BND r_w0010_mumbai_c135-aws-eu-west-1 0
 UP BND r_w0010_mumbai_c135-aws-eu-west-1 150
 LO BND x_w0010_c136-gcp-australia-southeast1 0
 UP BND x_w0010_c136-gcp-australia-southeast1 78
 LO BND r_w0010_mumbai_c136-gcp-australia-southeast1 0
 UP BND r_w0010_mumbai_c136-gcp-australia-southeast1 150
 LO BND x_w0010_c138-azure-westeurope 0
 UP BND x_w0010_c138-azure-westeurope 55
 LO BND r_w0010_mumbai_c138-azure-westeurope 0
 UP BND r_w0010_mumbai_c138-azure-westeurope 150
 LO BND x_w0010_c139-azure-qatarcentral 0
 UP BND x_w0010_c139-azure-qatarcentral 62
 LO BND r_w0010_mumbai_c139-azure-qatarcentral 0
 UP BND r_w0010_mumbai_c139-azure-qatarcentral 150
 LO BND x_w0010_c140-gcp-asia-northeast3 0
 UP BND x_w0010_c140-gcp-asia-northeast3 38
 LO BND r_w0010_mumbai_c140-gcp-asia-northeast3 0
 UP BND r_w0010_mumbai_c140-gcp-asia-northeast3 150
 LO BND x_w0010_c141-gcp-europe-west1 0
 UP BND x_w0010_c141-gcp-europe-west1 34
 LO BND r_w0010_mumbai_c141-gcp-europe-west1 0
 UP BND r_w0010_mumbai_c141-gcp-europe-west1 150
 LO BND x_w0010_c143-azure-australiacentral2 0
 UP BND x_w0010_c143-azure-australiacentral2 78
 LO BND r_w0010_mumbai_c143-azure-australiacentral2 0
 UP BND r_w0010_mumbai_c143-azure-australiacentral2 150
 LO BND x_w0010_c144-azure-francesouth 0
 UP BND x_w0010_c144-azure-francesouth 69
 LO BND r_w0010_mumbai_c144-azure-francesouth 0
 UP BND r_w0010_mumbai_c144-azure-francesouth 150
 LO BND x_w0010_c145-azure-switzerlandnorth 0
 UP BND x_w0010_c145-azure-switzerlandnorth 64
 LO BND r_w0010_mumbai_c145-azure-switzerlandnorth 0
 UP BND r_w0010_mumbai_c145-azure-switzerlandnorth 150
 LO BND x_w0010_c147-azure-spaincentral 0
 UP BND x_w0010_c147-azure-spaincentral 50
 LO BND r_w0010_mumbai_c147-azure-spaincentral 0
 UP BND r_w0010_mumbai_c147-azure-spaincentral 150
 LO BND x_w0010_c150-gcp-europe-west4 0
 UP BND x_w0010_c150-gcp-europe-west4 48
 LO BND r_w0010_mumbai_c150-gcp-europe-west4 0
 UP BND r_w0010_mumbai_c150-gcp-europe-west4 150
 LO BND x_w0010_c151-gcp-asia-southeast1 0
 UP BND x_w0010_c151-gcp-asia-southeast1 65
 LO BND r_w0010_mumbai_c151-gcp-asia-southeast1 0
 UP BND r_w0010_mumbai_c151-gcp-asia-southeast1 150
 LO BND x_w0010_c152-azure-southafricawest 0
 UP BND x_w0010_c152-azure-southafricawest 60
 LO BND r_w0010_mumbai_c152-azure-southafricawest 0
 UP BND r_w0010_mumbai_c152-azure-southafricawest 150
 LO BND x_w0010_c153-azure-italynorth 0
 UP BND x_w0010_c153-azure-italynorth 37
 LO BND r_w0010_mumbai_c153-azure-italynorth 0
 UP BND r_w0010_mumbai_c153-azure-italynorth 150
 LO BND x_w0010_c155-azure-jioindiawest 0
 UP BND x_w0010_c155-azure-jioindiawest 36
 LO BND r_w0010_mumbai_c155-azure-jioindiawest 0
 UP BND r_w0010_mumbai_c155-azure-jioindiawest 150
 LO BND x_w0010_c156-aws-eu-south-2 0
 UP BND x_w0010_c156-aws-eu-south-2 74
 LO BND r_w0010_mumbai_c156-aws-eu-south-2 0
 UP BND r_w0010_mumbai_c156-aws-eu-south-2 150
 LO BND x_w0010_c159-azure-francecentral 0
 UP BND x_w0010_c159-azure-francecentral 52
 LO BND r_w0010_mumbai_c159-azure-francecentral 0
 UP BND r_w0010_mumbai_c159-azure-francecentral 150
 LO BND x_w0010_c160-azure-uaecentral 0
 UP BND x_w0010_c160-azure-uaecentral 74
 LO BND r_w0010_mumbai_c160-azure-uaecentral 0
 UP BND r_w0010_mumbai_c160-azure-uaecentral 150
 LO BND x_w0010_c161-aws-ap-east-1 0
 UP BND x_w0010_c161-aws-ap-east-1 75
 LO BND r_w0010_mumbai_c161-aws-ap-east-1 0
 UP BND r_w0010_mumbai_c161-aws-ap-east-1 150
 LO BND x_w0010_c162-azure-germanynorth 0
 UP BND x_w0010_c162-azure-germanynorth 75
 LO BND r_w0010_mumbai_c162-azure-germanynorth 0
 UP BND r_w0010_mumbai_c162-azure-germanynorth 150
 LO BND x_w0010_c165-aws-eu-south-1 0
 UP BND x_w0010_c165-aws-eu-south-1 53
 LO BND r_w0010_mumbai_c165-aws-eu-south-1 0
 UP BND r_w0010_mumbai_c165-aws-eu-south-1 150
 LO BND x_w0010_c168-gcp-europe-west4 0
 UP BND x_w0010_c168-gcp-europe-west4 58
 LO BND r_w0010_mumbai_c168-gcp-europe-west4 0
 UP BND r_w0010_mumbai_c168-gcp-europe-west4 150
 LO BND x_w0010_c170-gcp-australia-southeast2 0
 UP BND x_w0010_c170-gcp-australia-southeast2 70
 LO BND r_w0010_mumbai_c170-gcp-australia-southeast2 0
 UP BND r_w0010_mumbai_c170-gcp-australia-southeast2 150
 LO BND x_w0010_c171-gcp-europe-west9 0
 UP BND x_w0010_c171-gcp-europe-west9 45
 LO BND r_w0010_mumbai_c171-gcp-europe-west9 0
 UP BND r_w0010_mumbai_c171-gcp-europe-west9 150
 LO BND x_w0010_c172-aws-me-south-1 0
 UP BND x_w0010_c172-aws-me-south-1 62
 LO BND r_w0010_mumbai_c172-aws-me-south-1 0
 UP BND r_w0010_mumbai_c172-aws-me-south-1 150
 LO BND x_w0010_c173-aws-il-central-1 0
 UP BND x_w0010_c173-aws-il-central-1 45
 LO BND r_w0010_mumbai_c173-aws-il-central-1 0
 UP BND r_w0010_mumbai_c173-aws-il-central-1 150
 LO BND x_w0010_c174-aws-eu-central-1 0
 UP BND x_w0010_c174-aws-eu-central-1 36
 LO BND r_w0010_mumbai_c174-aws-eu-central-1 0
 UP BND r_w0010_mumbai_c174-aws-eu-central-1 150
 LO BND x_w0010_c175-azure-eastasia 0
 UP BND x_w0010_c175-azure-eastasia 44
 LO BND r_w0010_mumbai_c175-azure-eastasia 0
 UP BND r_w0010_mumbai_c175-azure-eastasia 150
 LO BND x_w0010_c176-aws-us-east-2 0
 UP BND x_w0010_c176-aws-us-east-2 32
 LO BND r_w0010_mumbai_c176-aws-us-east-2 0
 UP BND r_w0010_mumbai_c176-aws-us-east-2 150
 LO BND x_w0010_c177-azure-francesouth 0
 UP BND x_w0010_c177-azure-francesouth 36
 LO BND r_w0010_mumbai_c177-azure-francesouth 0
 UP BND r_w0010_mumbai_c177-azure-francesouth 150
 LO BND x_w0010_c179-azure-switzerlandnorth 0
 UP BND x_w0010_c179-azure-switzerlandnorth 75
 LO BND r_w0010_mumbai_c179-azure-switzerlandnorth 0
 UP BND r_w0010_mumbai_c179-azure-switzerlandnorth 150
 LO BND x_w0010_c180-azure-francesouth 0
 UP BND x_w0010_c180-azure-francesouth 56
 LO BND r_w0010_mumbai_c180-azure-francesouth 0
 UP BND r_w0010_mumbai_c180-azure-francesouth 150
 LO BND x_w0010_c181-azure-southeastasia 0
 UP BND x_w0010_c181-azure-southeastasia 42
 LO BND r_w0010_mumbai_c181-azure-southeastasia 0
 UP BND r_w0010_mumbai_c181-azure-southeastasia 150
 LO BND x_w0010_c183-aws-eu-central-1 0
 UP BND x_w0010_c183-aws-eu-central-1 64
 LO BND r_w0010_mumbai_c183-aws-eu-central-1 0
 UP BND r_w0010_mumbai_c183-aws-eu-central-1 150
 LO BND x_w0010_c184-gcp-europe-west2 0
 UP BND x_w0010_c184-gcp-europe-west2 70
 LO BND r_w0010_mumbai_c184-gcp-europe-west2 0
 UP BND r_w0010_mumbai_c184-gcp-europe-west2 150
 LO BND x_w0010_c185-aws-ap-east-1 0
 UP BND x_w0010_c185-aws-ap-east-1 62
 LO BND r_w0010_mumbai_c185-aws-ap-east-1 0
 UP BND r_w0010_mumbai_c185-aws-ap-east-1 150
 LO BND x_w0010_c186-azure-francecentral 0
 UP BND x_w0010_c186-azure-francecentral 69
 LO BND r_w0010_mumbai_c186-azure-francecentral 0
 UP BND r_w0010_mumbai_c186-azure-francecentral 150
 LO BND x_w0010_c187-gcp-asia-east1 0
 UP BND x_w0010_c187-gcp-asia-east1 32
 LO BND r_w0010_mumbai_c187-gcp-asia-east1 0
 UP BND r_w0010_mumbai_c187-gcp-asia-east1 150
 LO BND x_w0010_c189-azure-swedencentral 0
 UP BND x_w0010_c189-azure-swedencentral 39
 LO BND r_w0010_mumbai_c189-azure-swedencentral 0
 UP BND r_w0010_mumbai_c189-azure-swedencentral 150
 LO BND x_w0010_c190-gcp-asia-south2 0
 UP BND x_w0010_c190-gcp-asia-south2 34
 LO BND r_w0010_mumbai_c190-gcp-asia-south2 0
 UP BND r_w0010_mumbai_c190-gcp-asia-south2 150
 LO BND x_w0010_c191-azure-koreacentral 0
 UP BND x_w0010_c191-azure-koreacentral 72
 LO BND r_w0010_mumbai_c191-azure-koreacentral 0
 UP BND r_w0010_mumbai_c191-azure-koreacentral 150
 LO BND x_w0010_c192-gcp-europe-north1 0
 UP BND x_w0010_c192-gcp-europe-north1 55
 LO BND r_w0010_mumbai_c192-gcp-europe-north1 0
 UP BND r_w0010_mumbai_c192-gcp-europe-north1 150
 LO BND x_w0010_c193-azure-australiaeast 0
 UP BND x_w0010_c193-azure-australiaeast 38
 LO BND r_w0010_mumbai_c193-azure-australiaeast 0
 UP BND r_w0010_mumbai_c193-azure-australiaeast 150
 LO BND x_w0010_c194-azure-uksouth 0
 UP BND x_w0010_c194-azure-uksouth 48
 LO BND r_w0010_mumbai_c194-azure-uksouth 0
 UP BND r_w0010_mumbai_c194-azure-uksouth 150
 LO BND x_w0010_c195-gcp-europe-west3 0
 UP BND x_w0010_c195-gcp-europe-west3 64
 LO BND r_w0010_mumbai_c195-gcp-europe-west3 0
 UP BND r_w0010_mumbai_c195-gcp-europe-west3 150
 LO BND x_w0010_c196-azure-qatarcentral 0
 UP BND x_w0010_c196-azure-qatarcentral 34
 LO BND r_w0010_mumbai_c196-azure-qatarcentral 0
 UP BND r_w0010_mumbai_c196-azure-qatarcentral 150
 LO BND x_w0010_c198-aws-eu-south-2 0
 UP BND x_w0010_c198-aws-eu-south-2 64
 LO BND r_w0010_mumbai_c198-aws-eu-south-2 0
 UP BND r_w0010_mumbai_c198-aws-eu-south-2 150
 LO BND x_w0010_c199-aws-ap-southeast-3 0
 UP BND x_w0010_c199-aws-ap-southeast-3 65
 LO BND r_w0010_mumbai_c199-aws-ap-southeast-3 0
 UP BND r_w0010_mumbai_c199-aws-ap-southeast-3 150
ENDATA
